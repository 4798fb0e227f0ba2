import { commonStrings } from "./strings";

/** Coded errors the server sends in `errors[].extensions.code` (see STYLE.md, error tiers). */
export type ServerErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "GONE"
  | "RATE_LIMITED"
  | "BAD_USER_INPUT";

/** Client-side classification: server codes plus transport failures and masked errors. */
export type ErrorCode = ServerErrorCode | "NETWORK" | "UNKNOWN";

/** The part of urql's CombinedError this module reads; kept structural so it is trivial to test. */
export interface ErrorLike {
  networkError?: Error | undefined;
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> | undefined }>;
}

const SERVER_CODES: ReadonlySet<string> = new Set<ServerErrorCode>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "GONE",
  "RATE_LIMITED",
  "BAD_USER_INPUT",
]);

/** The most relevant code: the first coded GraphQL error wins, then a network failure. */
export function errorCode(error: ErrorLike): ErrorCode {
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === "string" && SERVER_CODES.has(code)) return code as ServerErrorCode;
  }
  if (error.networkError) return "NETWORK";
  return "UNKNOWN";
}

/**
 * A message a citizen can act on, in Chinese. Only BAD_USER_INPUT and RATE_LIMITED carry
 * server messages written for users; every other server message (including masked
 * "Unexpected error.") is replaced by a fixed string.
 */
export function errorMessage(error: ErrorLike): string {
  const code = errorCode(error);
  const messages = commonStrings.errors;
  switch (code) {
    case "BAD_USER_INPUT":
      return serverMessage(error, code) ?? messages.badUserInput;
    case "RATE_LIMITED":
      return serverMessage(error, code) ?? messages.rateLimited;
    case "UNAUTHENTICATED":
      return messages.unauthenticated;
    case "FORBIDDEN":
      return messages.forbidden;
    case "NOT_FOUND":
      return messages.notFound;
    case "GONE":
      return messages.gone;
    case "NETWORK":
      return messages.network;
    case "UNKNOWN":
      return messages.unknown;
  }
}

function serverMessage(error: ErrorLike, code: ServerErrorCode): string | undefined {
  const match = error.graphQLErrors.find((e) => e.extensions?.code === code);
  const message = match?.message.trim();
  return message ? message : undefined;
}
