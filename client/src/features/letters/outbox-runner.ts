/**
 * The outbox wired to the world: IndexedDB, the network, the proof-of-work solver, the online
 * event and a timer for rate-limited letters. One per tab (a module singleton, started from
 * main.tsx when the app starts); flushes run one at a time in a tab and, through the Web Locks
 * API where the browser has it, one at a time across tabs. Even two tabs sending the same letter
 * would file it once: the idempotency key makes the second an answer with the same receipt.
 *
 * The pages read its state (entries, what each one is doing) through Solid signals.
 */
import { createSignal } from "solid-js";
import { newIdempotencyKey } from "../../lib/idempotency";
import { uploadAttachment } from "./attachment-upload";
import { deviceId } from "./device";
import { fetchLetterChallenge, submitOutboxEntry } from "./letters-api";
import { rememberLetter } from "./my-letters";
import {
  flushOutbox,
  nextRetryAt,
  type OutboxEntry,
  type Presolved,
  queuedEntry,
  type SendDeps,
  type SendPhase,
  type SendResult,
} from "./outbox";
import { idbOutboxStore } from "./outbox-store";

const store = idbOutboxStore();

const [entries, setEntries] = createSignal<readonly OutboxEntry[]>([]);
const [phases, setPhases] = createSignal<Readonly<Record<string, SendPhase>>>({});

/** Every entry on this phone (drafts, queued, sent with a receipt not yet seen). */
export const outboxEntries = entries;
/** What a queued entry is doing right now, while a flush runs. */
export const outboxPhase = (id: string): SendPhase | undefined => phases()[id];

export async function refreshOutbox(): Promise<void> {
  try {
    setEntries(await store.list());
  } catch {
    setEntries([]);
  }
}

const deps: SendDeps = {
  store: {
    ...store,
    // Every change shows at once on whatever page lists the outbox.
    put: async (entry) => {
      await store.put(entry);
      await refreshOutbox();
    },
  },
  upload: uploadAttachment,
  fetchChallenge: fetchLetterChallenge,
  solve: async (challenge) => {
    try {
      const { solveLetterChallenge } = await import("./pow-solver");
      return await solveLetterChallenge(challenge.challenge);
    } catch {
      // No Web Crypto (plain http), a worker that failed to load: try again on the next flush.
      return null;
    }
  },
  submit: submitOutboxEntry,
  deviceId: () => deviceId(),
  newKey: newIdempotencyKey,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  onPhase: (id, phase) => setPhases((current) => ({ ...current, [id]: phase })),
};

let chain: Promise<unknown> = Promise.resolve();
let retryTimer: ReturnType<typeof setTimeout> | undefined;

async function runFlush(presolved?: { entryId: string; presolved: Presolved }): Promise<SendResult[]> {
  const flush = () => flushOutbox(deps, presolved);
  const results =
    typeof navigator !== "undefined" && navigator.locks
      ? await navigator.locks.request("planport-letter-outbox", flush)
      : await flush();
  for (const result of results) {
    if (result.kind === "sent" && result.entry.receipt) await rememberSent(result.entry);
  }
  setPhases({});
  await refreshOutbox();
  scheduleRetry();
  return results;
}

/** Tries every due letter now. Flushes queue up behind each other; this resolves when its own has run. */
export function flushLetterOutbox(presolved?: { entryId: string; presolved: Presolved }): Promise<SendResult[]> {
  const run = chain.then(() => runFlush(presolved));
  chain = run.catch(() => undefined);
  return run;
}

function scheduleRetry(): void {
  clearTimeout(retryTimer);
  const at = nextRetryAt(entries());
  if (at === null) return;
  // Timers longer than ~24 days overflow; a rate limit is minutes.
  retryTimer = setTimeout(() => void flushLetterOutbox(), Math.min(Math.max(0, at - Date.now()), 2 ** 31 - 1));
}

/** The tracking code goes to 我的来信 as soon as the letter is sent; the access code only if the writer asks. */
async function rememberSent(entry: OutboxEntry): Promise<void> {
  if (!entry.receipt || !entry.letterType) return;
  await rememberLetter({
    trackingCode: entry.receipt.trackingCode,
    subject: entry.subject,
    type: entry.letterType,
    receivedAt: entry.receipt.receivedAt,
    accessCode: null,
  });
}

// ───────────── what the forms do ─────────────

export const newOutboxIds = () => ({ id: newIdempotencyKey(), idempotencyKey: newIdempotencyKey() });

export async function loadEntry(id: string): Promise<OutboxEntry | null> {
  try {
    return await store.get(id);
  } catch {
    return null;
  }
}

/** Autosave of a draft; false when this browser keeps nothing (the form still works online). */
export async function saveDraft(entry: OutboxEntry): Promise<boolean> {
  if (entry.status !== "draft") return false;
  try {
    await deps.store.put({ ...entry, updatedAt: Date.now() });
    return true;
  } catch {
    return false;
  }
}

/**
 * The writer pressed submit: store the letter as queued (throws when it cannot be stored, so the
 * form can say so), then try to send it at once unless the phone is offline.
 */
export async function submitDraft(
  entry: OutboxEntry,
  presolved?: Presolved,
): Promise<{ entry: OutboxEntry; result: SendResult | null }> {
  const queued = queuedEntry(entry, Date.now());
  await deps.store.put(queued);
  if (typeof navigator !== "undefined" && !navigator.onLine) return { entry: queued, result: null };
  const results = await flushLetterOutbox(presolved ? { entryId: queued.id, presolved } : undefined);
  const own = results.find((result) => result.entry.id === queued.id) ?? null;
  return { entry: (await loadEntry(queued.id)) ?? queued, result: own };
}

/** Deletes an entry: a draft the writer gave up, or a receipt they have saved. */
export async function discardEntry(id: string): Promise<void> {
  try {
    await store.delete(id);
  } finally {
    await refreshOutbox();
  }
}

let started = false;

/**
 * Started by outbox-start.ts once a letter waits (at app start or when the phone comes online):
 * sends what waits now, and again whenever the phone comes back online.
 */
export function startLetterOutbox(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  window.addEventListener("online", () => void flushLetterOutbox());
  void refreshOutbox().then(() => {
    if (entries().some((entry) => entry.status === "queued") && navigator.onLine) void flushLetterOutbox();
  });
}
