// The proof-of-work worker, served from this origin: the app's CSP (worker-src 'self') rules out
// the blob: workers altcha's default bundle makes, so both the widget (altcha/external) and the
// headless solver use this one. Only PBKDF2/SHA-256 is registered: it is what the server issues.
import Pbkdf2Worker from "altcha/workers/pbkdf2?worker";

export const POW_ALGORITHM = "PBKDF2/SHA-256";

export const createPowWorker = () => new Pbkdf2Worker();

/** Workers to spread the search over: the widget's own rule (fewer on low-memory phones), at most 4. */
export function powConcurrency(): number {
  const cores = typeof navigator === "undefined" ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores));
}
