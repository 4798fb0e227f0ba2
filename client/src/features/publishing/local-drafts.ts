import { clear, createStore, del, delMany, get, keys, set } from "idb-keyval";
import type { AttachmentValue } from "./attachments";
import type { DetailsForm } from "./details/details-state";

/**
 * The editor's autosave on this device (IndexedDB), so a dropped connection, a closed tab or a
 * flat battery loses nothing. Keyed by user and item, so a colleague signing in on the same
 * phone never sees someone else's draft. Cleared once the server has the same content, on
 * sign-out, and for everyone else when another user signs in on the device.
 */
export interface DraftFields {
  kind: string;
  columnSlug: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
  important: boolean;
  catalogCode: string;
  documentNumber: string;
  issuingOrgan: string;
  publicityType: string;
  major: boolean;
  changeNote: string;
  coverImageUrl: string;
  attachments: AttachmentValue[];
  /** 专项信息 of projects, guides and topic pages; absent in drafts kept before they existed. */
  details?: DetailsForm | null;
}

export interface LocalDraft {
  fields: DraftFields;
  /** When this device saved it (ISO). */
  savedAt: string;
  /** The server revision the edits started from; null for an item not yet created. */
  baseRevisionId: string | null;
}

let store: ReturnType<typeof createStore> | null | undefined;
function draftStore() {
  if (store === undefined)
    store = typeof indexedDB === "undefined" ? null : createStore("planport-drafts-v1", "drafts");
  return store;
}

export function draftKey(userId: string, itemId: string | null): string {
  return `${userId}:${itemId ?? "new"}`;
}

/** Whose draft a key holds (user ids and Relay ids never contain ":"). */
export const draftOwner = (key: string) => key.slice(0, key.indexOf(":"));

/**
 * Forgets every draft on this device. On sign-out: drafts hold unpublished text, and the next
 * person on a shared phone must not find them. Rejects when the browser refuses, so the caller
 * can say so rather than sign out as if they were gone.
 */
export async function clearLocalDrafts(): Promise<void> {
  const target = draftStore();
  if (target) await clear(target);
}

/**
 * Forgets every draft but this user's: someone else signed in on the device without the previous
 * user signing out (a session that timed out). The same user signing in again keeps their drafts.
 * Never rejects: sign-in goes on, the editor never shows another user's keys, and the next
 * sign-in or sign-out tries again.
 */
export async function keepOnlyDraftsOf(userId: string): Promise<void> {
  const target = draftStore();
  if (!target) return;
  try {
    const others = (await keys<string>(target)).filter((key) => draftOwner(String(key)) !== userId);
    if (others.length > 0) await delMany(others, target);
  } catch {
    // See above: nothing this user could do about it.
  }
}

export async function loadLocalDraft(key: string): Promise<LocalDraft | null> {
  const target = draftStore();
  if (!target) return null;
  try {
    return ((await get(key, target)) as LocalDraft | undefined) ?? null;
  } catch {
    return null;
  }
}

/** false when this browser cannot keep drafts (private mode, storage full). */
export async function saveLocalDraft(key: string, draft: LocalDraft): Promise<boolean> {
  const target = draftStore();
  if (!target) return false;
  try {
    await set(key, draft, target);
    return true;
  } catch {
    return false;
  }
}

export async function deleteLocalDraft(key: string): Promise<void> {
  const target = draftStore();
  if (!target) return;
  try {
    await del(key, target);
  } catch {
    // Nothing to recover: the draft stays until the next successful save overwrites it.
  }
}

/** The fields in a stable form, to tell whether two versions differ. */
export function fieldsSignature(fields: DraftFields): string {
  return JSON.stringify(sortedKeys({ ...fields, details: fields.details ?? null }));
}

/** The value with every object's keys in order, at every depth (details nest rows in rows). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/**
 * Whether to offer the device's copy back: it differs from what the server has, and it was
 * made from the server's current revision or later (an older base means a colleague saved
 * since; the offer still appears, and restoring is the editor's choice).
 */
export function shouldOfferRestore(local: LocalDraft | null, server: DraftFields): boolean {
  if (!local) return false;
  return fieldsSignature(local.fields) !== fieldsSignature(server);
}
