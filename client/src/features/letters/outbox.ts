/**
 * The letter outbox: every letter the writer submits is first stored on the phone (IndexedDB) and
 * then sent from there, online at once, offline when the network is back. One path for both, so
 * a letter is never lost to a dropped connection and is filed exactly once:
 *
 * - The idempotency key is made once per draft and reused on every try; the server answers a
 *   repeated key with the first receipt (same codes), so a try whose answer was lost is harmless.
 * - A queued entry is locked: what is sent is what the writer submitted. It only goes back to
 *   being an editable draft when the server refused it (then nothing was stored).
 * - Attachments are kept as Blobs in the entry and uploaded before the letter; an upload's id is
 *   saved at once so a retry does not upload it again (and uploads that expired are redone).
 * - Each try fetches a fresh challenge and solves it (unless the form solved one while the writer
 *   typed), then waits out the minimum fill time.
 *
 * Nothing here is queued in urql's offline exchange or in workbox background sync as well
 * (DESIGN.md §5: one queue only). This module is the logic; outbox-runner.ts wires it to the
 * network, the solver and the online event.
 */
import { type CommentValues, commentSubject, emptyComment } from "../content/comment-draft";
import { isStale, type TimedChallenge } from "./challenge";
import {
  type CitizenLetterType,
  type DisclosureValues,
  emptyDisclosure,
  emptyLetter,
  type LetterValues,
} from "./letter-form";
import type { LetterReceipt } from "./letters-api";
import type { OutboxStore } from "./outbox-store";
import { lettersStrings } from "./strings";

/** A letter to the director's mailbox, a disclosure request, or a comment on planning publicity. */
export type OutboxKind = "letter" | "disclosure" | "comment";

export interface OutboxFile {
  /** Local id, for the list and its remove buttons. */
  id: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  /** What POST /letters/attachments answered; null until uploaded. */
  uploadedId: string | null;
}

/** Why the server refused the letter: shown on the form, next to the field when it names one. */
export interface Rejection {
  message: string;
  field: string | null;
}

interface EntryBase {
  /** The IndexedDB key (not the idempotency key, which must not outlive the sending). */
  id: string;
  /**
   * draft: being written (saved as the writer types); queued: submitted, waiting to be sent;
   * sent: the server has it, and the receipt waits to be seen.
   */
  status: "draft" | "queued" | "sent";
  /**
   * Made once per draft, reused on every try. It is also what the server derives the access code
   * from, so it is erased once the letter is sent.
   */
  idempotencyKey: string;
  files: OutboxFile[];
  createdAt: number;
  updatedAt: number;
  /** When the writer pressed submit (ms). */
  submittedAt: number | null;
  /** A queued entry: not before this (rate limited). */
  retryAt: number | null;
  /** A queued entry: what went wrong on the last try (it will be tried again). */
  lastProblem: string | null;
  /** A draft the server refused. */
  rejection: Rejection | null;
  receipt: LetterReceipt | null;
  /** Kept after sending, to name the letter in lists. */
  subject: string;
  letterType: CitizenLetterType | "DISCLOSURE_REQUEST" | null;
}

export type OutboxEntry =
  | (EntryBase & { kind: "letter"; values: LetterValues })
  | (EntryBase & { kind: "disclosure"; values: DisclosureValues })
  | (EntryBase & { kind: "comment"; values: CommentValues });

type DraftOf<K extends OutboxKind> = Extract<OutboxEntry, { kind: K }>;

/** A new draft: its own local id and, made here once, the idempotency key every try will reuse. */
export function newDraftEntry<K extends OutboxKind>(
  kind: K,
  values: DraftOf<K>["values"],
  ids: { id: string; idempotencyKey: string },
  now: number,
): DraftOf<K> {
  return {
    id: ids.id,
    kind,
    values,
    status: "draft",
    idempotencyKey: ids.idempotencyKey,
    files: [],
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    retryAt: null,
    lastProblem: null,
    rejection: null,
    receipt: null,
    subject: "",
    letterType: null,
  } as unknown as DraftOf<K>;
}

export function subjectOf(entry: OutboxEntry): string {
  if (entry.kind === "comment") return commentSubject(entry.values.itemTitle);
  return (entry.kind === "letter" ? entry.values.subject : entry.values.informationTitle).trim();
}

/** The letter type of what was submitted: a comment is an opinion (意见). */
function letterTypeOf(entry: OutboxEntry): EntryBase["letterType"] {
  if (entry.kind === "letter") return entry.values.type || null;
  return entry.kind === "comment" ? "OPINION" : "DISCLOSURE_REQUEST";
}

/** The writer pressed submit: the entry is locked and waits to be sent. */
export function queuedEntry(entry: OutboxEntry, now: number): OutboxEntry {
  if (entry.status === "sent") throw new Error(`queuedEntry: entry ${entry.id} was sent already`);
  return {
    ...entry,
    status: "queued",
    subject: subjectOf(entry),
    letterType: letterTypeOf(entry),
    submittedAt: now,
    updatedAt: now,
    retryAt: null,
    lastProblem: null,
    rejection: null,
  };
}

/** Where a try stands, for the progress the writer sees. */
export type SendPhase =
  | { phase: "uploading"; done: number; total: number }
  | { phase: "verifying" }
  | { phase: "waiting" }
  | { phase: "sending" };

export type UploadOutcome =
  | { ok: true; id: string }
  /** retryable: the network or the server's load; otherwise the file itself was refused. */
  | { ok: false; retryable: boolean; message: string; retryAfterSeconds?: number };

export type Failure =
  | { kind: "network"; message: string }
  | { kind: "rate-limited"; message: string; retryAfterSeconds: number }
  | { kind: "failed"; message: string };

export type ChallengeOutcome = { ok: true; challenge: TimedChallenge } | ({ ok: false } & Failure);

export type SubmitOutcome =
  | { ok: true; receipt: LetterReceipt }
  | { ok: false; kind: "refused"; message: string; field: string | null }
  | ({ ok: false } & Failure);

/** A challenge the form already has, with its solution on the way (the widget solves while the writer types). */
export interface Presolved {
  challenge: TimedChallenge;
  payload: () => Promise<string | null>;
}

export interface SendDeps {
  store: OutboxStore;
  upload(file: OutboxFile): Promise<UploadOutcome>;
  fetchChallenge(): Promise<ChallengeOutcome>;
  /** The altcha payload (base64) for a challenge; null when it could not be solved in time. */
  solve(challenge: TimedChallenge): Promise<string | null>;
  submit(
    entry: OutboxEntry,
    extras: { attachmentIds: string[]; altcha: string; deviceId: string | null },
  ): Promise<SubmitOutcome>;
  deviceId(): string | null;
  /** A new idempotency key, for a draft whose key the server refused. */
  newKey(): string;
  now(): number;
  sleep(ms: number): Promise<void>;
  onPhase?(entryId: string, phase: SendPhase): void;
}

export type SendResult =
  | { kind: "sent"; entry: OutboxEntry }
  | { kind: "rejected"; entry: OutboxEntry }
  /** Still queued; tried again on the next flush (at `retryAt` when set). */
  | { kind: "retry"; entry: OutboxEntry; reason: RetryReason };

/** network: offline or the server unreachable; limited: wait for retryAt; other: try on the next flush. */
export type RetryReason = "network" | "limited" | "other";

/**
 * A refusal with no field is what the server says to a submission within the minimum fill time
 * (and to bots); a try after the fill time with the same solution is the one fair retry.
 */
const MIN_FILL_FALLBACK_MS = 5_500;

/** Sends one queued entry: uploads, proof of work, the fill time, the mutation. Never throws for a network failure. */
export async function sendEntry(deps: SendDeps, queued: OutboxEntry, presolved?: Presolved): Promise<SendResult> {
  let entry = queued;
  if (entry.status !== "queued") throw new Error(`sendEntry: entry ${entry.id} is ${entry.status}, not queued`);
  let challenge: Presolved | null = presolved ?? null;
  let reuploaded = false;
  let rechallenged = false;
  let waitedAgain = false;

  const save = async (next: OutboxEntry) => {
    entry = { ...next, updatedAt: deps.now() };
    await deps.store.put(entry);
    return entry;
  };
  const later = async (failure: Failure | { kind: "other"; message: string }): Promise<SendResult> => {
    const retryAt = failure.kind === "rate-limited" ? deps.now() + failure.retryAfterSeconds * 1000 : null;
    const reason: RetryReason =
      failure.kind === "network" ? "network" : failure.kind === "rate-limited" ? "limited" : "other";
    return { kind: "retry", reason, entry: await save({ ...entry, lastProblem: failure.message, retryAt }) };
  };
  const reject = async (rejection: Rejection): Promise<SendResult> => ({
    kind: "rejected",
    entry: await save({ ...entry, status: "draft", rejection, lastProblem: null, retryAt: null }),
  });

  for (;;) {
    // 1. Attachments, one by one; each id is kept as soon as the server gives it.
    const total = entry.files.length;
    for (const [index, file] of entry.files.entries()) {
      if (file.uploadedId) continue;
      deps.onPhase?.(entry.id, { phase: "uploading", done: index, total });
      const uploaded = await deps.upload(file);
      if (!uploaded.ok) {
        if (!uploaded.retryable) return reject({ message: uploaded.message, field: "attachments" });
        return later(
          uploaded.retryAfterSeconds
            ? { kind: "rate-limited", message: uploaded.message, retryAfterSeconds: uploaded.retryAfterSeconds }
            : { kind: "network", message: uploaded.message },
        );
      }
      const files = entry.files.map((f) => (f.id === file.id ? { ...f, uploadedId: uploaded.id } : f));
      await save({ ...entry, files });
    }

    // 2. A challenge that is still good, and its solution.
    if (!challenge || isStale(challenge.challenge, deps.now())) {
      deps.onPhase?.(entry.id, { phase: "verifying" });
      const fetched = await deps.fetchChallenge();
      if (!fetched.ok) return later(fetched);
      const timed = fetched.challenge;
      challenge = { challenge: timed, payload: () => deps.solve(timed) };
    }
    deps.onPhase?.(entry.id, { phase: "verifying" });
    const altcha = await challenge.payload();
    if (!altcha && challenge === presolved) {
      // The form's widget did not finish: solve a fresh challenge here instead.
      challenge = null;
      continue;
    }
    if (!altcha) return later({ kind: "other", message: lettersStrings.challenge.failed });

    // 3. The minimum fill time, measured on this phone's clock from when the challenge arrived.
    const wait = challenge.challenge.sendableAt - deps.now();
    if (wait > 0) {
      deps.onPhase?.(entry.id, { phase: "waiting" });
      await deps.sleep(wait);
    }

    // 4. The letter.
    deps.onPhase?.(entry.id, { phase: "sending" });
    const attachmentIds = entry.files.flatMap((file) => (file.uploadedId ? [file.uploadedId] : []));
    const outcome = await deps.submit(entry, { attachmentIds, altcha, deviceId: deps.deviceId() });
    if (outcome.ok) return { kind: "sent", entry: await save(sentEntry(entry, outcome.receipt, deps.now())) };
    // A masked server error may pass; anything else is the network or the limit.
    if (outcome.kind !== "refused") return later(outcome);
    const field = outcome.field?.split(".").pop() ?? null;
    if (field === "attachmentIds" && !reuploaded) {
      // Uploads nobody claimed within a day are purged: upload them again, once.
      reuploaded = true;
      await save({ ...entry, files: entry.files.map((f) => ({ ...f, uploadedId: null })) });
      continue;
    }
    if (field === "altcha" && !rechallenged) {
      // Expired or already used (a try whose answer was lost): a fresh challenge, once.
      rechallenged = true;
      challenge = null;
      continue;
    }
    if (field === null && !waitedAgain) {
      // Too soon for the server's clock: wait the fill time again and resend the same solution.
      waitedAgain = true;
      const solved = altcha;
      const timed = challenge.challenge;
      challenge = {
        challenge: { ...timed, sendableAt: deps.now() + MIN_FILL_FALLBACK_MS },
        payload: () => Promise.resolve(solved),
      };
      continue;
    }
    if (field === "idempotencyKey") {
      // Refused for its key (malformed, or used for different content): nothing was filed under
      // it for this letter, so the next submission goes with a new one.
      entry = { ...entry, idempotencyKey: deps.newKey() };
    }
    return reject({ message: outcome.message, field: outcome.field });
  }
}

/**
 * What stays of a sent letter until the writer has seen the receipt: the receipt and the subject.
 * The text, the personal data, the files and the idempotency key (from which the server derives
 * the access code) are dropped at once.
 */
export function sentEntry(entry: OutboxEntry, receipt: LetterReceipt, now: number): OutboxEntry {
  return {
    ...entry,
    status: "sent",
    receipt,
    idempotencyKey: "",
    values: emptyValuesOf(entry),
    files: [],
    rejection: null,
    lastProblem: null,
    retryAt: null,
    updatedAt: now,
  } as OutboxEntry;
}

/** Blank values of the entry's kind; a comment keeps which publicity it was about. */
function emptyValuesOf(entry: OutboxEntry): OutboxEntry["values"] {
  if (entry.kind === "comment") return emptyComment(entry.values.itemId, entry.values.itemTitle);
  return entry.kind === "letter" ? emptyLetter() : emptyDisclosure();
}

/** Queued entries due for a try, oldest submission first. */
export function dueEntries(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries
    .filter((entry) => entry.status === "queued" && (entry.retryAt === null || entry.retryAt <= now))
    .sort((a, b) => (a.submittedAt ?? a.createdAt) - (b.submittedAt ?? b.createdAt));
}

/**
 * Sends every due entry, one after the other (the server limits submissions per device anyway).
 * `presolved` carries the form's solved challenge for the entry it just queued. Stops at the
 * first network failure: the others would fail the same way.
 */
export async function flushOutbox(
  deps: SendDeps,
  presolved?: { entryId: string; presolved: Presolved },
): Promise<SendResult[]> {
  const results: SendResult[] = [];
  for (const entry of dueEntries(await deps.store.list(), deps.now())) {
    // Read again: another tab or the form may have sent or changed it meanwhile.
    const current = await deps.store.get(entry.id);
    if (current?.status !== "queued") continue;
    const result = await sendEntry(deps, current, presolved?.entryId === current.id ? presolved.presolved : undefined);
    results.push(result);
    if (result.kind === "retry" && result.reason === "network") break;
  }
  return results;
}

/** The next moment a rate-limited entry may be tried, if any. */
export function nextRetryAt(entries: readonly OutboxEntry[]): number | null {
  const times = entries.flatMap((entry) =>
    entry.status === "queued" && entry.retryAt !== null ? [entry.retryAt] : [],
  );
  return times.length > 0 ? Math.min(...times) : null;
}
