import { type ErrorLike, errorCode, errorMessage } from "../../lib/errors";
import type { FormError } from "../accounts/form-errors";

/**
 * Why a workflow step did not happen, as one message for the user: the payload's InputError
 * (the workflow's own refusal, written in Chinese by the server), a BAD_USER_INPUT or FORBIDDEN
 * error (validation and role checks also carry readable Chinese messages), or the shared
 * wording for everything else (network, masked errors).
 */
export function stepError(
  result: { error?: ErrorLike | undefined; data?: unknown },
  payload: { error?: { message: string; field?: string | null } | null } | null | undefined,
): FormError | null {
  if (result.error) {
    const code = errorCode(result.error);
    if (code === "BAD_USER_INPUT" || code === "FORBIDDEN") {
      const match = result.error.graphQLErrors.find((e) => e.extensions?.code === code);
      const field = match?.extensions?.field;
      if (match?.message.trim()) {
        return { message: match.message.trim(), field: typeof field === "string" ? field : undefined };
      }
    }
    return { message: errorMessage(result.error) };
  }
  if (payload?.error) return { message: payload.error.message, field: payload.error.field ?? undefined };
  if (!payload) return { message: errorMessage({ graphQLErrors: [] }) };
  return null;
}
