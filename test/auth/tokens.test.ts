import jwt from "jsonwebtoken";
import { authenticate } from "../../src/auth/access";
import { bearerToken, signToken, verifyToken } from "../../src/auth/tokens";

const SECRET = "a-test-secret-that-is-at-least-32-characters-long";
const DAY = 24 * 3600;
const MAX_AGE = 30 * DAY;
const open = { jwtSecret: SECRET, readRequiresToken: false, tokenMaxAgeSeconds: MAX_AGE };

function refusal(run: () => unknown): { code: unknown; reason: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
    return { code: extensions.code, reason: extensions.reason, message };
  }
  throw new Error("expected a refusal");
}

describe("bearer tokens", () => {
  it("round-trips a user and role", () => {
    const token = signToken({ id: "alice", role: "editor" }, SECRET);
    expect(verifyToken(token, SECRET, MAX_AGE)).toEqual({ id: "alice", role: "editor" });
  });

  it.each([
    [
      "forged with another secret",
      signToken({ id: "mallory", role: "admin" }, "x".repeat(40)),
      "INVALID_TOKEN",
    ],
    ["expired", jwt.sign({ role: "editor" }, SECRET, { subject: "alice", expiresIn: -10 }), "EXPIRED_TOKEN"],
    ["without an expiry", jwt.sign({ role: "editor" }, SECRET, { subject: "alice" }), "NO_EXPIRY"],
    [
      "living longer than the maximum age",
      jwt.sign({ role: "editor" }, SECRET, { subject: "alice", expiresIn: MAX_AGE + DAY }),
      "TOO_LONG_LIVED",
    ],
    [
      "with an unknown role",
      jwt.sign({ role: "owner" }, SECRET, { subject: "alice", expiresIn: "1h" }),
      "UNKNOWN_USER",
    ],
    ["without a subject", jwt.sign({ role: "editor" }, SECRET, { expiresIn: "1h" }), "UNKNOWN_USER"],
    ["that is not a JWT", "x", "INVALID_TOKEN"],
  ])("rejects a token %s with UNAUTHENTICATED and reason %s", (_case, token, reason) => {
    expect(refusal(() => verifyToken(token, SECRET, MAX_AGE))).toMatchObject({
      code: "UNAUTHENTICATED",
      reason,
    });
  });

  it("accepts no token at all when the server has no secret", () => {
    const token = signToken({ id: "alice", role: "admin" }, SECRET);
    expect(refusal(() => verifyToken(token, null, MAX_AGE))).toMatchObject({
      reason: "NO_SECRET",
      message: "This server accepts no tokens (AUTH_JWT_SECRET is not set).",
    });
  });

  it("reads the token from an Authorization header", () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
  });

  it.each(["Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearer x y", "", "Bearer \u00e9t\u00e9"])(
    "refuses the Authorization header %j as MALFORMED_HEADER",
    (header) => {
      expect(refusal(() => bearerToken(header))).toMatchObject({
        code: "UNAUTHENTICATED",
        reason: "MALFORMED_HEADER",
        message: 'The Authorization header must read "Bearer <token>".',
      });
    },
  );
});

describe("authenticate", () => {
  it("lets an anonymous reader through when reading is open, and not when it is closed", () => {
    expect(authenticate(undefined, open)).toBeNull();
    expect(refusal(() => authenticate(undefined, { ...open, readRequiresToken: true }))).toMatchObject({
      reason: "TOKEN_REQUIRED",
      message: "Reading needs a bearer token on this server.",
    });
  });

  it("refuses a bad token even on a read", () => {
    expect(refusal(() => authenticate("Bearer not-a-token", open))).toMatchObject({
      reason: "INVALID_TOKEN",
    });
  });
});
