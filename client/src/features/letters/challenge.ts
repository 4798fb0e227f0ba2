/**
 * The proof-of-work challenge of the letter forms (ALTCHA, self-hosted): when a submission with it
 * may go (the server refuses anything sent within the minimum fill time) and until when it is
 * good. The server states both in its own clock; a phone's clock can be minutes off, so they are
 * turned into durations from the moment the challenge arrived, using the issue time the server
 * signed into the challenge (`parameters.data.issued`).
 */
export interface IssuedChallenge {
  /** The challenge as JSON, for the widget's `challenge` attribute or the headless solver. */
  challenge: string;
  /** The server's times (ISO). */
  expiresAt: string;
  submitNotBefore: string;
}

export interface TimedChallenge extends IssuedChallenge {
  /** This phone's clock (ms): a submission before this is refused as too fast. */
  sendableAt: number;
  /** This phone's clock (ms): after this, fetch a new challenge. */
  staleAt: number;
}

/** Margins: send a little after the server's earliest moment, and renew well before expiry. */
const SEND_MARGIN_MS = 500;
const RENEW_MARGIN_MS = 2 * 60 * 1000;

function issuedAt(challenge: string): number | null {
  try {
    const parsed = JSON.parse(challenge) as { parameters?: { data?: { issued?: unknown } } };
    const issued = parsed.parameters?.data?.issued;
    return typeof issued === "number" && Number.isFinite(issued) ? issued : null;
  } catch {
    return null;
  }
}

/** The challenge with deadlines on this phone's clock, given when it arrived (`receivedAt`, ms). */
export function timeChallenge(issued: IssuedChallenge, receivedAt: number): TimedChallenge {
  const notBefore = Date.parse(issued.submitNotBefore);
  const expires = Date.parse(issued.expiresAt);
  const serverIssued = issuedAt(issued.challenge);
  // Without the signed issue time, trust the phone's clock.
  const offset = serverIssued === null ? 0 : receivedAt - serverIssued;
  return {
    ...issued,
    sendableAt: notBefore + offset + SEND_MARGIN_MS,
    staleAt: expires + offset - RENEW_MARGIN_MS,
  };
}

export const isStale = (challenge: TimedChallenge, now: number) => now >= challenge.staleAt;
