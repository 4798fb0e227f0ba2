import { idbOutboxStore } from "./outbox-store";

/**
 * What the app loads at start for the letter outbox: a look in IndexedDB for letters waiting to
 * be sent, and an online listener that does the same. The outbox itself (network, uploads,
 * proof of work) is loaded only when there is something to send, so a citizen who never wrote
 * offline downloads none of it.
 */
let runner: Promise<unknown> | null = null;

function loadRunner(): Promise<unknown> {
  runner ??= import("./outbox-runner").then((outbox) => outbox.startLetterOutbox());
  return runner;
}

async function hasQueued(): Promise<boolean> {
  try {
    return (await idbOutboxStore().list()).some((entry) => entry.status === "queued");
  } catch {
    return false;
  }
}

export function startLetterOutboxWhenNeeded(): void {
  if (typeof window === "undefined") return;
  void hasQueued().then((queued) => {
    if (queued) void loadRunner();
  });
  // Until the outbox is loaded, this listener is what notices the phone coming back online.
  window.addEventListener("online", () => {
    if (runner) return;
    void hasQueued().then((queued) => {
      if (queued) void loadRunner();
    });
  });
}
