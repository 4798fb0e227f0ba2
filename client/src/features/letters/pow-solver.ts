// The headless solver for letters sent from the outbox (a letter written offline, sent when the
// phone is back online from whatever page is open): same challenge, same workers, same payload as
// the widget on the form. Loaded on demand, so it is in no page's chunk.
import { solveChallengeWorkers } from "altcha/lib";
import { createPowWorker, POW_ALGORITHM, powConcurrency } from "./pow-worker";

/** 90 s, as the widget: a phone that cannot solve it by then tries again on the next flush. */
const TIMEOUT_MS = 90_000;

/** The base64 payload for `input.altcha`, as the widget makes it; null when not solved in time. */
export async function solveLetterChallenge(challengeJson: string): Promise<string | null> {
  const challenge = JSON.parse(challengeJson) as Parameters<typeof solveChallengeWorkers>[0]["challenge"];
  if (challenge.parameters.algorithm !== POW_ALGORITHM) {
    throw new Error(`unsupported proof-of-work algorithm ${challenge.parameters.algorithm}`);
  }
  const solution = await solveChallengeWorkers({
    challenge,
    concurrency: powConcurrency(),
    createWorker: createPowWorker,
    timeout: TIMEOUT_MS,
  });
  if (!solution) return null;
  return btoa(
    JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution }),
  );
}
