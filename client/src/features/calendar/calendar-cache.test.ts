import type { Cache } from "@urql/exchange-graphcache";
import { describe, expect, it, vi } from "vitest";
import { calendarKeys, calendarMutationUpdates } from "./calendar-cache";

type Updater = (result: Record<string, unknown>, args: object, cache: Cache, info: never) => void;

function run(payload: unknown) {
  const fields = ["workCalendarYears", "letterInbox", "staffLetter", "workItems"].map((fieldName) => ({
    fieldName,
    fieldKey: fieldName,
    arguments: null,
  }));
  const invalidate = vi.fn();
  const cache = { inspectFields: () => fields, invalidate } as unknown as Cache;
  const update = calendarMutationUpdates.loadWorkCalendarYear as unknown as Updater;
  update({ loadWorkCalendarYear: payload }, {}, cache, undefined as never);
  return invalidate.mock.calls.map((call) => call[1]);
}

describe("calendar cache", () => {
  it("keys a year's schedule by its year", () => {
    const key = calendarKeys.WorkCalendarYear as (data: Record<string, unknown>) => string | null;
    expect(key({ __typename: "WorkCalendarYear", year: 2027 })).toBe("2027");
  });

  it("refetches the years and the letters' deadlines after a year is loaded", () => {
    expect(run({ year: { year: 2028 }, refreshedLetters: 3, errors: [] })).toEqual([
      "workCalendarYears",
      "letterInbox",
      "staffLetter",
    ]);
  });

  it("changes nothing when the file was refused", () => {
    expect(run({ year: null, refreshedLetters: 0, errors: [{ message: "年份（year）：缺少此项" }] })).toEqual([]);
  });
});
