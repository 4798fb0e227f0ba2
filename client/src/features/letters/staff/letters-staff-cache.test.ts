import type { Cache } from "@urql/exchange-graphcache";
import { describe, expect, it, vi } from "vitest";
import type { graphql } from "../../../lib/graphql";
import { lettersStaffKeys, lettersStaffMutationUpdates } from "./letters-staff-cache";

function fakeCache(fields: Array<{ fieldName: string; arguments: Record<string, unknown> | null }>) {
  const invalidate = vi.fn();
  const cache = {
    inspectFields: () => fields.map((f) => ({ ...f, fieldKey: f.fieldName })),
    invalidate,
  } as unknown as Cache;
  return { cache, invalidate };
}

type Updater = (result: Record<string, unknown>, args: object, cache: Cache, info: never) => void;
const updater = (field: string) => lettersStaffMutationUpdates[field] as unknown as Updater;

const fields = [
  { fieldName: "letterInbox", arguments: { filter: { open: true }, first: 20 } },
  { fieldName: "letterInbox", arguments: { filter: { due: "OVERDUE" }, first: 20 } },
  { fieldName: "letterInboxCounts", arguments: { filter: {} } },
  { fieldName: "overdueLetterCount", arguments: null },
  { fieldName: "oldestOpenLetter", arguments: null },
  { fieldName: "unreadReminderCount", arguments: null },
  { fieldName: "me", arguments: null },
];

describe("staff letters cache updaters", () => {
  it("drops the inbox, its counts and the overdue banner after a step", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("sendLetterReply")(
      { sendLetterReply: { letter: { id: "L1" }, error: null } },
      {},
      cache,
      undefined as never,
    );
    expect(invalidate.mock.calls.map((call) => call[1])).toEqual([
      "letterInbox",
      "letterInbox",
      "letterInboxCounts",
      "overdueLetterCount",
      "oldestOpenLetter",
    ]);
  });

  it("leaves the cache alone when the server refused the step", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("approveLetterReply")(
      { approveLetterReply: { letter: null, error: { message: "不能审批自己起草的答复" } } },
      {},
      cache,
      undefined as never,
    );
    expect(invalidate).not.toHaveBeenCalled();
  });

  it("refreshes the inbox after an import only when letters were imported", () => {
    const refused = fakeCache(fields);
    updater("importLetters")(
      { importLetters: { imported: 0, errors: [{ row: 2 }] } },
      {},
      refused.cache,
      undefined as never,
    );
    expect(refused.invalidate).not.toHaveBeenCalled();
    const done = fakeCache(fields);
    updater("importLetters")({ importLetters: { imported: 3, errors: [] } }, {}, done.cache, undefined as never);
    expect(done.invalidate).toHaveBeenCalledWith("Query", "letterInbox", { filter: { open: true }, first: 20 });
  });

  it("counts the reminder badge again after marking read", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("markReminderRead")({ markReminderRead: { id: "R1" } }, {}, cache, undefined as never);
    expect(invalidate.mock.calls.map((call) => call[1])).toEqual(["unreadReminderCount"]);
  });

  it("covers every step mutation of the schema", () => {
    const steps: Array<ReturnType<typeof graphql.scalar<"LetterAction">>> = [
      "REGISTER",
      "ASSIGN",
      "REASSIGN",
      "ACKNOWLEDGE",
      "PAUSE",
      "RESUME",
      "EXTEND",
      "DRAFT_REPLY",
      "SUBMIT_REPLY",
      "APPROVE_REPLY",
      "RETURN_REPLY",
      "SEND_REPLY",
      "CLOSE",
    ];
    // 13 steps, plus registering an external letter, importing and the two reminder mutations.
    expect(Object.keys(lettersStaffMutationUpdates)).toHaveLength(steps.length + 4);
  });

  it("embeds the types without an id of their own", () => {
    for (const type of ["LetterWriter", "LetterPayload", "OldestOpenLetter", "QueryLetterInboxConnectionEdge"]) {
      expect(lettersStaffKeys[type]?.({} as never)).toBeNull();
    }
  });
});
