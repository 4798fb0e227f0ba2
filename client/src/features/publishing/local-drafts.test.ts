// The device's drafts run against a real IndexedDB API (fake-indexeddb implements the standard in
// memory), so what survives sign-out and a change of user on a shared phone is tested for real.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  clearLocalDrafts,
  type DraftFields,
  draftKey,
  fieldsSignature,
  keepOnlyDraftsOf,
  type LocalDraft,
  loadLocalDraft,
  saveLocalDraft,
  shouldOfferRestore,
} from "./local-drafts";

const fields: DraftFields = {
  kind: "NEWS",
  columnSlug: "news",
  title: "邕江南岸滨水公园规划方案出炉",
  summary: "",
  body: "<p>正文</p>",
  tags: "",
  important: false,
  catalogCode: "",
  documentNumber: "",
  issuingOrgan: "",
  publicityType: "",
  major: false,
  changeNote: "",
  coverImageUrl: "",
  attachments: [],
};

describe("local drafts", () => {
  it("keys drafts by user and item", () => {
    expect(draftKey("u1", null)).toBe("u1:new");
    expect(draftKey("u1", "Q29u")).toBe("u1:Q29u");
  });

  it("compares fields whatever their order", () => {
    const reordered = Object.fromEntries(Object.entries(fields).reverse()) as unknown as DraftFields;
    expect(fieldsSignature(reordered)).toBe(fieldsSignature(fields));
  });

  it("offers the device's copy only when it differs from the server's", () => {
    const local = {
      fields: { ...fields, body: "<p>正文，离线时补充的一段</p>" },
      savedAt: "2026-03-02T01:00:00Z",
      baseRevisionId: "r1",
    };
    expect(shouldOfferRestore(local, fields)).toBe(true);
    expect(shouldOfferRestore({ ...local, fields }, fields)).toBe(false);
    expect(shouldOfferRestore(null, fields)).toBe(false);
  });
});

const draft: LocalDraft = { fields, savedAt: "2026-03-02T01:00:00Z", baseRevisionId: null };

async function saveAll(keys: string[]) {
  for (const key of keys) expect(await saveLocalDraft(key, draft)).toBe(true);
}
const present = async (keys: string[]) =>
  (await Promise.all(keys.map(async (key) => ((await loadLocalDraft(key)) ? key : null)))).filter(Boolean);

describe("local drafts on a shared device", () => {
  const alice = [draftKey("alice", null), draftKey("alice", "Q29udGVudEl0ZW06MQ==")];
  const bob = [draftKey("bob", "Q29udGVudEl0ZW06Mg==")];

  it("are all gone after sign-out", async () => {
    await saveAll([...alice, ...bob]);
    await clearLocalDrafts();
    expect(await present([...alice, ...bob])).toEqual([]);
  });

  it("keep only the signed-in user's when another user signs in", async () => {
    await saveAll([...alice, ...bob]);
    await keepOnlyDraftsOf("bob");
    expect(await present([...alice, ...bob])).toEqual(bob);
    // The same user signing in again loses nothing.
    await keepOnlyDraftsOf("bob");
    expect(await present(bob)).toEqual(bob);
  });

  it("does not mistake a user whose id starts like another's", async () => {
    await clearLocalDrafts();
    await saveAll([draftKey("bob", null), draftKey("bobby", null)]);
    await keepOnlyDraftsOf("bob");
    expect(await present([draftKey("bob", null), draftKey("bobby", null)])).toEqual([draftKey("bob", null)]);
  });
});
