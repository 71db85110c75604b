import { GraphQLError } from "graphql";

/** Every error code a client can see in `extensions.code`, each with its own meaning. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  DUPLICATE: "DUPLICATE",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  AMBIGUOUS: "AMBIGUOUS",
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  DATABASE_TIMEOUT: "DATABASE_TIMEOUT",
  DATABASE_ERROR: "DATABASE_ERROR",
  DEADLINE_EXCEEDED: "DEADLINE_EXCEEDED",
  TOO_MANY_EXPORTS: "TOO_MANY_EXPORTS",
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  TOO_MANY_DIRECTIVES: "TOO_MANY_DIRECTIVES",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error a client may see as is: a stable code and a message the user can act on. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { extensions: { code, ...options.details }, originalError: asError(options.cause) });
  }
}

function asError(cause: unknown): Error | undefined {
  return cause instanceof Error ? cause : undefined;
}
