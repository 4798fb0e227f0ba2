/**
 * @solidjs/router hands out path parameters as they appear in the URL, still percent-encoded
 * ("%3D" in a base64 id, "%E6%B0%B4" in a Chinese slug). Pages decode them with this before use.
 * A malformed escape is kept as typed rather than throwing.
 */
export function decodeParam(value: string | undefined): string {
  if (!value) return "";
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
