import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import type { OutboxEntry } from "./outbox";

/**
 * Where outbox entries live: IndexedDB through idb-keyval (already the app's IndexedDB helper,
 * see publishing/local-drafts.ts), one database of its own so clearing the graphcache or the
 * editor's drafts never touches a letter waiting to be sent. Blobs (attachments) are stored as
 * they are; IndexedDB keeps them across restarts.
 */
export interface OutboxStore {
  get(id: string): Promise<OutboxEntry | null>;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  list(): Promise<OutboxEntry[]>;
}

/** Without IndexedDB (some privacy modes) the outbox lives in memory: sending still works, a reload forgets. */
export function memoryOutboxStore(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  return {
    get: async (id) => entries.get(id) ?? null,
    put: async (entry) => {
      entries.set(entry.id, entry);
    },
    delete: async (id) => {
      entries.delete(id);
    },
    list: async () => [...entries.values()],
  };
}

export function idbOutboxStore(dbName = "planport-letter-outbox-v1"): OutboxStore {
  if (typeof indexedDB === "undefined") return memoryOutboxStore();
  let store: UseStore | null = null;
  const target = () => {
    store ??= createStore(dbName, "entries");
    return store;
  };
  return {
    async get(id) {
      return ((await get(id, target())) as OutboxEntry | undefined) ?? null;
    },
    put: (entry) => set(entry.id, entry, target()),
    delete: (id) => del(id, target()),
    async list() {
      return (await entries<string, OutboxEntry>(target())).map(([, entry]) => entry);
    },
  };
}
