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

/** The user a token names; UNAUTHENTICATED when it is malformed, forged, expired or has no known role. */
export function verifyToken(token: string, secret: string | null): User {
  if (!secret) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      "This server accepts no tokens (AUTH_JWT_SECRET is not set).",
    );
  }
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(token, secret, { algorithms: [ALGORITHM] }) as jwt.JwtPayload;
  } catch (error) {
    const reason = error instanceof jwt.TokenExpiredError ? "has expired" : "is not valid";
    throw new AppError(ErrorCode.UNAUTHENTICATED, `The bearer token ${reason}.`, { cause: error });
  }
  const role = claims.role as Role;
  if (!claims.sub || !ROLES.includes(role)) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, "The bearer token names no user or no known role.");
  }
  return { id: claims.sub, role };
}

/** The bearer token of an Authorization header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) {
    return null;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must read "Bearer <token>".');
  }
  return match[1];
}
