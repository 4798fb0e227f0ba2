import type { Cache } from "@urql/exchange-graphcache";
import { describe, expect, it, vi } from "vitest";
import { letterModerationMutationUpdates } from "./moderation-cache";

function fakeCache() {
  const fields = [
    { fieldName: "publishedLetters", arguments: { first: 20 } },
    { fieldName: "publishedLetters", arguments: { first: 20, after: "c1" } },
    { fieldName: "letterInbox", arguments: { filter: { publication: "HIDDEN" }, order: "NEWEST", first: 20 } },
    { fieldName: "letterStatistics", arguments: { year: 2026 } },
    { fieldName: "moderationCounts", arguments: { year: 2026 } },
    { fieldName: "letterInbox", arguments: { filter: { publication: "VISIBLE" }, order: "NEWEST", first: 20 } },
    { fieldName: "publicityComments", arguments: { itemId: "i1" } },
    { fieldName: "workItems", arguments: { first: 30 } },
  ];
  const invalidate = vi.fn();
  const cache = {
    inspectFields: () => fields.map((f) => ({ ...f, fieldKey: f.fieldName })),
    invalidate,
  } as unknown as Cache;
  return { cache, invalidated: () => invalidate.mock.calls.map((call) => call[1] as string) };
}

type Updater = (result: Record<string, unknown>, args: object, cache: Cache, info: never) => void;
const run = (field: string, payload: unknown, args: object = {}) => {
  const { cache, invalidated } = fakeCache();
  (letterModerationMutationUpdates[field] as unknown as Updater)({ [field]: payload }, args, cache, undefined as never);
  return invalidated();
};

describe("letter moderation cache updaters", () => {
  it("refreshes the published list and the statistics after publishing", () => {
    expect(run("publishLetter", { letter: { id: "p1" }, error: null, findings: [] })).toEqual([
      "publishedLetters",
      "publishedLetters",
      "letterStatistics",
    ]);
  });

  it("moves a hidden letter or comment from what the public sees to the hidden list, and counts it", () => {
    expect(run("hideLetter", { hiddenAt: "2026-03-02T01:00:00Z", hiddenReason: "含他人隐私", error: null })).toEqual([
      "publishedLetters",
      "publishedLetters",
      "letterInbox",
      "letterStatistics",
      "moderationCounts",
      "letterInbox",
      "publicityComments",
    ]);
  });

  it("moves a restored letter or comment back", () => {
    expect(run("restoreLetter", { hiddenAt: null, error: null })).toEqual([
      "publishedLetters",
      "publishedLetters",
      "letterInbox",
      "letterStatistics",
      "letterInbox",
      "publicityComments",
    ]);
  });

  it("has one path for comments and letters: no comment moderation of its own", () => {
    expect(Object.keys(letterModerationMutationUpdates).sort()).toEqual([
      "hideLetter",
      "publishLetter",
      "restoreLetter",
    ]);
  });

  it("leaves the cache alone when the server refused", () => {
    const refused = { error: { message: "请填写隐藏原因", field: "reason" } };
    expect(run("hideLetter", refused)).toEqual([]);
    expect(
      run("publishLetter", { letter: null, error: { message: "来信人未同意公开，不能发布" }, findings: [] }),
    ).toEqual([]);
    expect(run("restoreLetter", null)).toEqual([]);
    expect(run("restoreLetter", { hiddenAt: "2026-03-02T01:00:00Z", error: { message: "该来信未被隐藏" } })).toEqual(
      [],
    );
  });
});
