// ALTCHA proof of work (altcha-lib, self-hosted): the letter form fetches a challenge, the widget
// spends a few seconds of the phone's CPU solving it while the writer types, and the submission
// carries the solution. No third-party service is involved (the bureau's network is often closed).
//
// Deterministic mode: the server picks the counter and signs the derived key, so verifying is one
// HMAC. Two things the library would check with the system clock are ours instead, signed inside
// the challenge's `data` and read with the injected Clock: when it was issued (the form's start,
// for the minimum fill time) and when it expires. Each solution is accepted once (UsedChallenge).
import { createHmac, randomInt } from "node:crypto";
import { type Challenge, createChallenge, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { z } from "zod";
import { HOUR } from "../../../clock.js";
import type { PrismaClient } from "../../../db/index.js";
import type { LettersDeps, Tx } from "../letters.deps.js";
import { serverSecret } from "./server-secret.js";

/**
 * Deterministic PBKDF2 challenges: the solver tries counters 0, 1, 2 … each with `cost` PBKDF2
 * iterations, and the server signed the derived key of a random counter in the range. About 7.5
 * million iterations on average: a second or two in a mid-range phone's workers (native WebCrypto),
 * and the same cost for every letter a bot sends. altcha-lib's examples use cost 5000; that took
 * over 20 s on one core of this project's build machine, too long for an old phone.
 */
export const POW = { algorithm: "PBKDF2/SHA-256", cost: 1_000, counterMin: 5_000, counterMax: 10_000 } as const;

/** Long enough to write a letter after the page opened; an older form fetches a new challenge. */
export const CHALLENGE_TTL_MS = 2 * HOUR;
/**
 * No person writes a letter in less. A letter drafted offline and sent later has a fresh challenge:
 * the client waits until `submitNotBefore` before sending it.
 */
export const MIN_FILL_MS = 5_000;
/** A widget payload is well under 2 KB; anything much larger is not one. */
const MAX_PAYLOAD_CHARS = 8_000;

export interface IssuedChallenge {
  challenge: Challenge;
  issuedAt: Date;
  expiresAt: Date;
  /** The earliest moment a submission with this challenge is accepted (the minimum fill time). */
  submitNotBefore: Date;
}

interface AltchaSecrets {
  signature: string;
  keySignature: string;
}

async function secrets(prisma: PrismaClient): Promise<AltchaSecrets> {
  const master = await serverSecret(prisma, "altcha.hmac");
  // Two keys from one stored secret: the challenge signature and the derived-key signature.
  const derive = (purpose: string) => createHmac("sha256", master).update(purpose).digest("hex");
  return { signature: derive("altcha-challenge"), keySignature: derive("altcha-derived-key") };
}

/**
 * A new signed challenge. `counter` fixes the work (the tests use a small one to stay fast);
 * otherwise it is drawn from the CSPRNG within POW's range.
 */
export async function issueChallenge(
  deps: Pick<LettersDeps, "prisma" | "clock">,
  options: { counter?: number } = {},
): Promise<IssuedChallenge> {
  const keys = await secrets(deps.prisma);
  const issuedAt = deps.clock.now();
  const expiresAt = new Date(issuedAt.getTime() + CHALLENGE_TTL_MS);
  const challenge = await createChallenge({
    algorithm: POW.algorithm,
    cost: POW.cost,
    counter: options.counter ?? randomInt(POW.counterMin, POW.counterMax + 1),
    deriveKey,
    hmacSignatureSecret: keys.signature,
    hmacKeySignatureSecret: keys.keySignature,
    data: { issued: issuedAt.getTime(), expires: expiresAt.getTime() },
  });
  return { challenge, issuedAt, expiresAt, submitNotBefore: new Date(issuedAt.getTime() + MIN_FILL_MS) };
}

export type ChallengeFailure = "missing" | "invalid" | "expired" | "too-fast" | "replayed";

export type CheckedChallenge =
  | { ok: true; signature: string; expiresAt: Date }
  | { ok: false; reason: Exclude<ChallengeFailure, "replayed"> };

const payloadShape = z.object({
  challenge: z.object({
    parameters: z.record(z.string(), z.unknown()),
    signature: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  solution: z.object({
    counter: z.number(),
    derivedKey: z.string().max(512),
    time: z.number().optional(),
  }),
});

/** The widget's payload: base64 of the JSON { challenge, solution }. */
function parsePayload(payload: string): z.infer<typeof payloadShape> | null {
  try {
    const parsed = payloadShape.safeParse(JSON.parse(Buffer.from(payload, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether a payload solves a challenge this server issued, still valid and not submitted within
 * the minimum fill time. Whether it was used before is decided by consumeChallenge, in the
 * transaction that stores what it protects.
 */
export async function checkChallenge(
  deps: Pick<LettersDeps, "prisma" | "clock">,
  payload: string | null | undefined,
): Promise<CheckedChallenge> {
  if (!payload?.trim()) return { ok: false, reason: "missing" };
  const parsed = payload.length <= MAX_PAYLOAD_CHARS ? parsePayload(payload.trim()) : null;
  if (!parsed) return { ok: false, reason: "invalid" };
  const keys = await secrets(deps.prisma);
  // The library checks every parameter it uses (and the signature covers them all).
  const challenge = {
    parameters: parsed.challenge.parameters,
    signature: parsed.challenge.signature,
  } as unknown as Challenge;
  let verified: boolean;
  try {
    const result = await verifySolution({
      challenge,
      solution: parsed.solution,
      deriveKey,
      hmacSignatureSecret: keys.signature,
      hmacKeySignatureSecret: keys.keySignature,
    });
    verified = result.verified;
  } catch {
    // Parameters no derivation accepts (an unknown algorithm): not a challenge of ours.
    verified = false;
  }
  if (!verified) return { ok: false, reason: "invalid" };

  // Signed by us, so these are the values we put there.
  const { issued, expires } = challenge.parameters.data ?? {};
  if (typeof issued !== "number" || typeof expires !== "number") return { ok: false, reason: "invalid" };
  const now = deps.clock.now().getTime();
  if (now >= expires) return { ok: false, reason: "expired" };
  if (now - issued < MIN_FILL_MS) return { ok: false, reason: "too-fast" };
  return { ok: true, signature: challenge.signature ?? "", expiresAt: new Date(expires) };
}

export class ChallengeReplayed extends Error {
  override name = "ChallengeReplayed";
}

/**
 * Marks a solution used, inside the caller's transaction: if what it protects is not stored, the
 * solution stays usable. Throws ChallengeReplayed when it was used already.
 */
export async function consumeChallenge(tx: Tx, checked: Extract<CheckedChallenge, { ok: true }>): Promise<void> {
  const inserted = await tx.usedChallenge.createMany({
    data: [{ signature: checked.signature, expiresAt: checked.expiresAt }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) throw new ChallengeReplayed("ALTCHA solution already used");
}

/** Used solutions can go once their challenge expired: an expired one is refused anyway. */
export async function purgeUsedChallenges(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.usedChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
