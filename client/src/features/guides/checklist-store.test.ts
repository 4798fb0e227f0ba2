// The checklist runs against a real IndexedDB API (fake-indexeddb implements the standard in
// memory), through the same store the page uses.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  type ChecklistRecord,
  type ChecklistStore,
  idbChecklistStore,
  loadTicks,
  saveTicks,
  ticksFor,
  toggleTick,
} from "./checklist-store";

const NOW = new Date("2026-03-02T01:00:00Z");
const MATERIALS = ["m-application", "m-id-copy", "m-land-certificate", "m-drawings"];

function store(): ChecklistStore {
  const found = idbChecklistStore();
  if (!found) throw new Error("fake-indexeddb should provide IndexedDB");
  return found;
}

describe("ticksFor", () => {
  const record: ChecklistRecord = { revision: "r2", ticked: ["m-id-copy", "m-drawings"], savedAt: NOW.toISOString() };

  it("shows the ticks made on the same revision", () => {
    expect([...ticksFor(record, "r2", MATERIALS)].sort()).toEqual(["m-drawings", "m-id-copy"]);
  });

  it("shows none when the guide was republished with another revision", () => {
    expect(ticksFor(record, "r3", MATERIALS).size).toBe(0);
  });

  it("drops ids that are no longer in the list", () => {
    expect([...ticksFor(record, "r2", ["m-id-copy"])]).toEqual(["m-id-copy"]);
  });

  it("treats a missing or malformed record as nothing ticked", () => {
    expect(ticksFor(undefined, "r2", MATERIALS).size).toBe(0);
    expect(ticksFor({ revision: "r2", ticked: "m-id-copy" } as unknown as ChecklistRecord, "r2", MATERIALS).size).toBe(
      0,
    );
  });
});

describe("toggleTick", () => {
  it("adds and removes one material and stamps the revision", () => {
    const ticked = toggleTick(new Set(["m-id-copy"]), "m-application", true, "r1", NOW);
    expect(ticked).toEqual({ revision: "r1", ticked: ["m-application", "m-id-copy"], savedAt: NOW.toISOString() });
    expect(toggleTick(new Set(ticked.ticked), "m-id-copy", false, "r1", NOW).ticked).toEqual(["m-application"]);
  });
});

describe("the device's checklist store", () => {
  it("keeps the ticks of a guide across loads, per slug and revision", async () => {
    const db = store();
    const slug = `xuanzhi-${Math.random()}`;
    const first = toggleTick(new Set(), "m-application", true, "r1", NOW);
    expect(await saveTicks(db, slug, first)).toBe(true);
    const second = toggleTick(new Set(first.ticked), "m-drawings", true, "r1", NOW);
    expect(await saveTicks(db, slug, second)).toBe(true);

    expect([...(await loadTicks(db, slug, "r1", MATERIALS))].sort()).toEqual(["m-application", "m-drawings"]);
    // Another guide has its own list.
    expect((await loadTicks(db, `${slug}-other`, "r1", MATERIALS)).size).toBe(0);
    // The guide republished: its old ticks are not shown …
    expect((await loadTicks(db, slug, "r2", MATERIALS)).size).toBe(0);
    // … and the first tick on the new revision replaces the record.
    await saveTicks(db, slug, toggleTick(new Set(), "m-id-copy", true, "r2", NOW));
    expect([...(await loadTicks(db, slug, "r2", MATERIALS))]).toEqual(["m-id-copy"]);
    expect((await loadTicks(db, slug, "r1", MATERIALS)).size).toBe(0);
  });

  it("forgets a guide when its last tick is removed", async () => {
    const db = store();
    const slug = `gongcheng-${Math.random()}`;
    await saveTicks(db, slug, toggleTick(new Set(), "m-application", true, "r1", NOW));
    await saveTicks(db, slug, toggleTick(new Set(["m-application"]), "m-application", false, "r1", NOW));
    expect(await db.read(slug)).toBeUndefined();
  });

  it("reads a malformed stored value as nothing ticked", async () => {
    const db = store();
    const slug = `broken-${Math.random()}`;
    await db.write(slug, { revision: 7, ticked: null } as unknown as ChecklistRecord);
    expect((await loadTicks(db, slug, "7", MATERIALS)).size).toBe(0);
  });

  it("shows an unticked list and reports not saved when the store fails", async () => {
    const failing: ChecklistStore = {
      read: () => Promise.reject(new Error("QuotaExceededError")),
      write: () => Promise.reject(new Error("QuotaExceededError")),
      remove: () => Promise.reject(new Error("QuotaExceededError")),
    };
    expect((await loadTicks(failing, "x", "r1", MATERIALS)).size).toBe(0);
    expect(await saveTicks(failing, "x", toggleTick(new Set(), "m-application", true, "r1", NOW))).toBe(false);
    expect(await saveTicks(null, "x", toggleTick(new Set(), "m-application", true, "r1", NOW))).toBe(false);
  });
});
