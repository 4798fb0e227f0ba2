import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import type { CitizenLetterType } from "./letter-form";

/**
 * 我的来信: the letters this phone sent, by tracking code, so the writer can look them up again.
 * The access code is kept only when the writer ticked 在本机记住查询码: anyone holding the phone
 * could read the letter with it.
 */
export interface MyLetter {
  trackingCode: string;
  subject: string;
  type: CitizenLetterType | "DISCLOSURE_REQUEST";
  /** ISO, as the server answered it. */
  receivedAt: string;
  accessCode: string | null;
}

let store: UseStore | null | undefined;
function target(): UseStore | null {
  if (store === undefined)
    store = typeof indexedDB === "undefined" ? null : createStore("planport-my-letters-v1", "letters");
  return store;
}

/** Newest first; empty when this browser keeps nothing. */
export async function listMyLetters(): Promise<MyLetter[]> {
  const db = target();
  if (!db) return [];
  try {
    const all = (await entries<string, MyLetter>(db)).map(([, letter]) => letter);
    return all.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  } catch {
    return [];
  }
}

export async function findMyLetter(trackingCode: string): Promise<MyLetter | null> {
  const db = target();
  if (!db) return null;
  try {
    return ((await get(trackingCode, db)) as MyLetter | undefined) ?? null;
  } catch {
    return null;
  }
}

/** false when it could not be kept (private mode, storage full). */
export async function rememberLetter(letter: MyLetter): Promise<boolean> {
  const db = target();
  if (!db) return false;
  try {
    await set(letter.trackingCode, letter, db);
    return true;
  } catch {
    return false;
  }
}

export async function forgetLetter(trackingCode: string): Promise<void> {
  const db = target();
  if (db) await del(trackingCode, db);
}
