import jwt from "jsonwebtoken";
import { authenticate } from "../../src/auth/access";
import { bearerToken, signToken, verifyToken } from "../../src/auth/tokens";

const SECRET = "a-test-secret-that-is-at-least-32-characters-long";
const open = { jwtSecret: SECRET, readRequiresToken: false };

describe("bearer tokens", () => {
  it("round-trips a user and role", () => {
    const token = signToken({ id: "alice", role: "editor" }, SECRET);
    expect(verifyToken(token, SECRET)).toEqual({ id: "alice", role: "editor" });
  });

  it.each([
    [
      "forged with another secret",
      signToken({ id: "mallory", role: "admin" }, "x".repeat(40)),
      /is not valid/,
    ],
    ["expired", jwt.sign({ role: "editor" }, SECRET, { subject: "alice", expiresIn: -10 }), /has expired/],
    ["with an unknown role", jwt.sign({ role: "owner" }, SECRET, { subject: "alice" }), /no known role/],
    ["without a subject", jwt.sign({ role: "editor" }, SECRET), /names no user/],
  ])("rejects a token %s with UNAUTHENTICATED", (_case, token, message) => {
    expect(() => verifyToken(token, SECRET)).toThrow(message);
    try {
      verifyToken(token, SECRET);
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("accepts no token at all when the server has no secret", () => {
    const token = signToken({ id: "alice", role: "admin" }, SECRET);
    expect(() => verifyToken(token, null)).toThrow(/accepts no tokens \(AUTH_JWT_SECRET is not set\)/);
  });

  it("reads the token from an Authorization header, and refuses another scheme", () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(() => bearerToken("Basic dXNlcjpwYXNz")).toThrow('must read "Bearer <token>"');
  });
});

describe("authenticate", () => {
  it("lets an anonymous reader through when reading is open, and not when it is closed", () => {
    expect(authenticate(undefined, open)).toBeNull();
    expect(() => authenticate(undefined, { ...open, readRequiresToken: true })).toThrow(
      "Reading needs a bearer token",
    );
  });

  it("refuses a bad token even on a read", () => {
    expect(() => authenticate("Bearer not-a-token", open)).toThrow(/is not valid/);
  });
});
