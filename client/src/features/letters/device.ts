import { newIdempotencyKey } from "../../lib/idempotency";

const KEY = "planport.letters.device-id";

/**
 * A random id kept per installation and sent with submissions and code look-ups, so the server
 * can limit one phone more tightly than a shared address (a carrier's NAT, an office). It says
 * nothing about the person; clearing the site's data makes a new one. Null when storage is
 * refused: the server then limits by address only.
 */
export function deviceId(storage: Pick<Storage, "getItem" | "setItem"> | null = safeLocalStorage()): string | null {
  if (!storage) return null;
  try {
    const existing = storage.getItem(KEY);
    if (existing && /^[A-Za-z0-9_-]{16,64}$/.test(existing)) return existing;
    const id = newIdempotencyKey();
    storage.setItem(KEY, id);
    return id;
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
