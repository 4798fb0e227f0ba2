// Stable ids for seeded rows: the same seed gives the same ids on every fresh database.
import { createHash } from "node:crypto";

/** A cuid-shaped id ("c" + 24 base-36 characters) derived from the row's identity. */
export function seedId(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  return `c${BigInt(`0x${hex.slice(0, 30)}`)
    .toString(36)
    .padStart(24, "0")
    .slice(0, 24)}`;
}
