import { createEffect, createSignal, on, onCleanup, onMount } from "solid-js";
import { isOnline } from "../../lib/online";
import type { TimedChallenge } from "./challenge";
import { fetchLetterChallenge } from "./letters-api";
import type { Presolved } from "./outbox";

/**
 * The form's proof of work: a challenge fetched when the form opens (its issue time starts the
 * minimum fill time), solved by the widget while the writer types, renewed before it expires.
 * Offline there is none; the outbox solves a fresh one when the letter is sent.
 */
export type ChallengeStatus = "offline" | "loading" | "solving" | "solved" | "failed" | "insecure";

/** How long a submission waits for the widget before the outbox solves a challenge itself. */
const WIDGET_PATIENCE_MS = 120_000;

export function createLetterChallenge() {
  const secure = typeof window === "undefined" || window.isSecureContext;
  const [challenge, setChallenge] = createSignal<TimedChallenge | null>(null);
  const [status, setStatus] = createSignal<ChallengeStatus>(secure ? "loading" : "insecure");
  const [payload, setPayload] = createSignal<string | null>(null);
  let waiters: Array<(payload: string | null) => void> = [];
  let renewTimer: ReturnType<typeof setTimeout> | undefined;
  let loading = false;

  const settle = (value: string | null) => {
    for (const resolve of waiters) resolve(value);
    waiters = [];
  };

  const load = async () => {
    if (!secure || loading) return;
    if (!isOnline()) {
      setStatus("offline");
      return;
    }
    loading = true;
    setStatus("loading");
    const fetched = await fetchLetterChallenge();
    loading = false;
    if (!fetched.ok) {
      setStatus(fetched.kind === "network" ? "offline" : "failed");
      return;
    }
    settle(null);
    setPayload(null);
    setChallenge(fetched.challenge);
    setStatus("solving");
    clearTimeout(renewTimer);
    renewTimer = setTimeout(() => void load(), Math.max(0, fetched.challenge.staleAt - Date.now()));
  };

  onMount(() => void load());
  // Back online without a challenge (the form was opened offline): fetch one now.
  createEffect(
    on(
      isOnline,
      (online) => {
        if (online && (status() === "offline" || status() === "failed")) void load();
      },
      { defer: true },
    ),
  );
  onCleanup(() => {
    clearTimeout(renewTimer);
    settle(null);
  });

  return {
    status,
    /** The JSON for the widget; a new one replaces the widget (and starts a new solve). */
    challengeJson: () => challenge()?.challenge ?? null,
    retry: () => void load(),
    solving: () => setStatus("solving"),
    solved: (value: string) => {
      setPayload(value);
      setStatus("solved");
      settle(value);
    },
    failed: () => {
      setStatus("failed");
      settle(null);
    },
    /** For the outbox: this challenge and its solution when the widget has it (null if it gives up). */
    presolved: (): Presolved | undefined => {
      const current = challenge();
      if (!current) return undefined;
      return {
        challenge: current,
        payload: () => {
          const ready = payload();
          if (ready) return Promise.resolve(ready);
          if (status() === "failed") return Promise.resolve(null);
          return new Promise((resolve) => {
            const timer = setTimeout(() => resolve(null), WIDGET_PATIENCE_MS);
            waiters.push((value) => {
              clearTimeout(timer);
              resolve(value);
            });
          });
        },
      };
    },
  };
}

export type LetterChallengeState = ReturnType<typeof createLetterChallenge>;
