/** A failure to show on a form: the message, and the input it belongs to if the server said. */
export interface FormError {
  message: string;
  field?: string | undefined;
}

/**
 * Whether a server-reported field (e.g. "password" or "input.password") is the given input.
 * The server may report nested paths, so only the last segment is compared.
 */
export function isErrorForField(error: FormError | null, name: string): boolean {
  const field = error?.field;
  if (!field) return false;
  const last = field.split(".").pop();
  return last === name;
}
