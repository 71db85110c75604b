import type { AuthChecker } from "type-graphql";
import type { AuthConfig } from "../config/config";
import { AppError, ErrorCode } from "../shared/errors";
import { bearerToken, credentialError, type Role, type User, verifyToken } from "./tokens";

/**
 * Who is asking, from the request's Authorization header. A request that carries a token must carry
 * a valid one (UNAUTHENTICATED otherwise, read or write); reading without a token is open unless
 * AUTH_READ_REQUIRES_TOKEN is true.
 */
export function authenticate(authorization: string | undefined, auth: AuthConfig): User | null {
  const token = bearerToken(authorization);
  if (token === null) {
    if (auth.readRequiresToken) {
      throw credentialError("TOKEN_REQUIRED", "Reading needs a bearer token on this server.");
    }
    return null;
  }
  return verifyToken(token, auth.jwtSecret, auth.tokenMaxAgeSeconds);
}

/** Editors and admins see who wrote what; anyone else sees this in its place. */
export const REDACTED = "redacted";

/**
 * The properties that hold a token's subject (who edited): a change's author, who retired a record,
 * who created or reviewed an ingest proposal.
 */
export const EDITOR_PROPERTIES = ["by", "retiredBy", "createdBy", "reviewedBy"] as const;

/** `record` with every editor's identity it holds replaced by REDACTED, unless `user` may know editors. */
export function redactEditors<T extends object>(record: T, user: User | null): T {
  if (mayKnowEditors(user)) {
    return record;
  }
  const redacted = { ...record } as Record<string, unknown>;
  for (const property of EDITOR_PROPERTIES) {
    if (redacted[property] !== undefined && redacted[property] !== null) {
      redacted[property] = REDACTED;
    }
  }
  return redacted as T;
}

/** Every role (editor, admin) edits, so any valid token shows who edited. */
export function mayKnowEditors(user: User | null): boolean {
  return user !== null;
}

/** An admin may do all an editor may. */
const RANK: Record<Role, number> = { editor: 1, admin: 2 };

/**
 * type-graphql's check for `@Authorized(role)`: no user is UNAUTHENTICATED, a weaker role FORBIDDEN.
 * Nothing runs, so nothing is written, when the check fails.
 */
export const authChecker: AuthChecker<{ user: User | null }, Role> = ({ context }, roles) => {
  const user = context.user;
  if (!user) {
    throw credentialError("TOKEN_REQUIRED", "Writing needs a bearer token (Authorization: Bearer <token>).");
  }
  const needed = Math.min(...roles.map((role) => RANK[role]));
  if (RANK[user.role] < needed) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `This needs the role ${roles.join(" or ")}; your token has ${user.role}.`,
      {
        details: { http: { status: 403 } },
      },
    );
  }
  return true;
};
