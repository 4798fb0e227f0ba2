import { createStore, del, get, set, type UseStore } from "idb-keyval";

/**
 * The materials a citizen has ticked on a guide's checklist, kept on this device (IndexedDB via
 * idb-keyval, like 我的来信 and the editor's drafts).
 *
 * Why IndexedDB and not localStorage: it is the store the app already uses for everything a
 * citizen keeps on the phone, it is asynchronous (no main-thread stall on a slow phone), and it
 * survives offline reloads the same way graphcache's copy of the guide does.
 *
 * One record per guide slug, carrying the revision it was ticked against. A guide republished
 * with a changed list has a new revision: its old ticks are not shown (a tick on "身份证复印件"
 * must not carry over to whatever now sits at that place in the list), and the first tick on the
 * new revision replaces the record, so the store never grows past one record per guide.
 */
export interface ChecklistRecord {
  /** The guide revision the ticks were made on. */
  revision: string;
  /** Ids of the ticked materials. */
  ticked: string[];
  /** When this device last saved (ISO). */
  savedAt: string;
}

/** Where the records live; the letters' and drafts' stores use the same shape of interface. */
export interface ChecklistStore {
  read(slug: string): Promise<ChecklistRecord | undefined>;
  write(slug: string, record: ChecklistRecord): Promise<void>;
  remove(slug: string): Promise<void>;
}

/**
 * The ticks to show for a guide at `revision`: none when the record was made on another revision,
 * and only ids still in the list (a malformed or hand-edited record cannot tick a stranger).
 */
export function ticksFor(
  record: ChecklistRecord | undefined,
  revision: string,
  materialIds: readonly string[],
): Set<string> {
  if (!record || record.revision !== revision || !Array.isArray(record.ticked)) return new Set();
  const known = new Set(materialIds);
  return new Set(record.ticked.filter((id) => typeof id === "string" && known.has(id)));
}

/** The record to save after the citizen ticked or unticked one material. */
export function toggleTick(
  ticked: ReadonlySet<string>,
  materialId: string,
  checked: boolean,
  revision: string,
  now: Date,
): ChecklistRecord {
  const next = new Set(ticked);
  if (checked) next.add(materialId);
  else next.delete(materialId);
  return { revision, ticked: [...next].sort(), savedAt: now.toISOString() };
}

let defaultStore: ChecklistStore | null | undefined;

/** The device's store; null where IndexedDB is missing (some privacy modes): ticks then last the visit. */
export function idbChecklistStore(): ChecklistStore | null {
  if (defaultStore === undefined) {
    if (typeof indexedDB === "undefined") defaultStore = null;
    else {
      const db: UseStore = createStore("planport-guide-checklists-v1", "checklists");
      defaultStore = {
        read: async (slug) => normalise(await get(slug, db)),
        write: (slug, record) => set(slug, record, db),
        remove: (slug) => del(slug, db),
      };
    }
  }
  return defaultStore;
}

/** Reads a stored value defensively: anything malformed means nothing ticked. */
function normalise(value: unknown): ChecklistRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.revision !== "string" || !Array.isArray(record.ticked)) return undefined;
  return {
    revision: record.revision,
    ticked: record.ticked.filter((id): id is string => typeof id === "string"),
    savedAt: typeof record.savedAt === "string" ? record.savedAt : "",
  };
}

/** Loads the ticks of a guide; never rejects (a broken store shows an unticked list). */
export async function loadTicks(
  store: ChecklistStore | null,
  slug: string,
  revision: string,
  materialIds: readonly string[],
): Promise<Set<string>> {
  if (!store) return new Set();
  try {
    return ticksFor(await store.read(slug), revision, materialIds);
  } catch {
    return new Set();
  }
}

/** Saves a record; false when this browser would not keep it (private mode, storage full). */
export async function saveTicks(store: ChecklistStore | null, slug: string, record: ChecklistRecord): Promise<boolean> {
  if (!store) return false;
  try {
    if (record.ticked.length === 0) await store.remove(slug);
    else await store.write(slug, record);
    return true;
  } catch {
    return false;
  }
}
