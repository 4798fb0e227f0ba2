import type { Cache } from "@urql/exchange-graphcache";
import { describe, expect, it, vi } from "vitest";
import { operationsMutationUpdates } from "./operations-cache";

function fakeCache(fields: Array<{ fieldName: string; arguments: Record<string, unknown> | null }>) {
  const invalidate = vi.fn();
  const cache = {
    inspectFields: () => fields.map((f) => ({ ...f, fieldKey: f.fieldName })),
    invalidate,
  } as unknown as Cache;
  return { cache, invalidate };
}

type Updater = (result: Record<string, unknown>, args: object, cache: Cache, info: never) => void;
const updater = (field: string) => operationsMutationUpdates[field] as unknown as Updater;

const fields = [
  { fieldName: "dutyRoster", arguments: { from: "2026-03-02", to: "2026-03-15" } },
  { fieldName: "onDutyToday", arguments: null },
  { fieldName: "workItems", arguments: { first: 30 } },
];

describe("duty roster cache updaters", () => {
  it("refetches the roster and today's duty after a shift is added", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("assignDutyShift")(
      { assignDutyShift: { shift: { id: "s1" }, error: null } },
      {},
      cache,
      undefined as never,
    );
    expect(invalidate.mock.calls).toEqual([
      ["Query", "dutyRoster", { from: "2026-03-02", to: "2026-03-15" }],
      ["Query", "onDutyToday", undefined],
    ]);
  });

  it("drops a removed shift itself as well", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("removeDutyShift")({ removeDutyShift: { removedId: "s1", error: null } }, {}, cache, undefined as never);
    expect(invalidate.mock.calls[0]).toEqual([{ __typename: "DutyShift", id: "s1" }]);
    expect(invalidate.mock.calls.slice(1).map((call) => call[1])).toEqual(["dutyRoster", "onDutyToday"]);
  });

  it("leaves the cache alone when the server refused the change", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("assignDutyShift")(
      { assignDutyShift: { shift: null, error: { message: "不能为已过去的日期（3月1日）安排值班" } } },
      {},
      cache,
      undefined as never,
    );
    updater("removeDutyShift")(
      { removeDutyShift: { removedId: null, error: { message: "x" } } },
      {},
      cache,
      undefined as never,
    );
    expect(invalidate).not.toHaveBeenCalled();
  });
});
