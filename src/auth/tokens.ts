import jwt from "jsonwebtoken";
import { AppError, ErrorCode } from "../shared/errors";

/** Who may write: an editor adds and changes facts; an admin also merges places and retires records. */
export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  /** The token's subject: who acts, as recorded in the audit trail. */
  id: string;
  role: Role;
}

const ALGORITHM = "HS256";

/** A signed bearer token (JWT, HS256) for a user; `npm run token` prints one. */
export function signToken(
  user: User,
  secret: string,
  expiresIn: jwt.SignOptions["expiresIn"] = "30d",
): string {
  return jwt.sign({ role: user.role }, secret, { algorithm: ALGORITHM, subject: user.id, expiresIn });
}

/** Why a credential was refused, in `extensions.reason` beside UNAUTHENTICATED. */
export type CredentialProblem =
  | "NO_SECRET"
  | "MALFORMED_HEADER"
  | "INVALID_TOKEN"
  | "EXPIRED_TOKEN"
  | "NO_EXPIRY"
  | "TOO_LONG_LIVED"
  | "UNKNOWN_USER"
  | "TOKEN_REQUIRED";

/** UNAUTHENTICATED, with its reason and HTTP 401, whichever way the request came. */
export function credentialError(reason: CredentialProblem, message: string, cause?: unknown): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, {
    cause,
    details: { reason, http: { status: 401 } },
  });
}

/**
 * The user a token names; UNAUTHENTICATED when it is malformed, forged, expired, has no expiry or
 * a life longer than `maxAgeSeconds` (a leaked token must die on its own), or has no known role.
 */
export function verifyToken(token: string, secret: string | null, maxAgeSeconds: number): User {
  if (!secret) {
    throw credentialError("NO_SECRET", "This server accepts no tokens (AUTH_JWT_SECRET is not set).");
  }
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(token, secret, { algorithms: [ALGORITHM] }) as jwt.JwtPayload;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      throw credentialError("EXPIRED_TOKEN", "The bearer token has expired.", error);
    }
    throw credentialError("INVALID_TOKEN", "The bearer token is not valid.", error);
  }
  if (typeof claims.exp !== "number") {
    throw credentialError("NO_EXPIRY", "The bearer token has no expiry (exp); sign one with npm run token.");
  }
  const issuedAt = typeof claims.iat === "number" ? claims.iat : Math.floor(Date.now() / 1000);
  if (claims.exp - issuedAt > maxAgeSeconds) {
    throw credentialError(
      "TOO_LONG_LIVED",
      `The bearer token lives longer than this server allows (${maxAgeSeconds} s, AUTH_TOKEN_MAX_AGE_SECONDS).`,
    );
  }
  const role = claims.role as Role;
  if (!claims.sub || !ROLES.includes(role)) {
    throw credentialError("UNKNOWN_USER", "The bearer token names no user or no known role.");
  }
  return { id: claims.sub, role };
}

/** The bearer token of an Authorization header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) {
    return null;
  }
  const match = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match?.[1]) {
    throw credentialError("MALFORMED_HEADER", 'The Authorization header must read "Bearer <token>".');
  }
  return match[1];
}
