import type { Cache } from "@urql/exchange-graphcache";
import { describe, expect, it, vi } from "vitest";
import { publishingKeys, publishingMutationUpdates } from "./publishing-cache";

function fakeCache(fields: Array<{ fieldName: string; arguments: Record<string, unknown> | null }>) {
  const invalidate = vi.fn();
  const cache = {
    inspectFields: () => fields.map((f) => ({ ...f, fieldKey: f.fieldName })),
    invalidate,
  } as unknown as Cache;
  return { cache, invalidate };
}

type Updater = (result: Record<string, unknown>, args: object, cache: Cache, info: never) => void;
const updater = (field: string) => publishingMutationUpdates[field] as unknown as Updater;

describe("publishing cache updaters", () => {
  const fields = [
    { fieldName: "workItems", arguments: { stage: "DRAFT", first: 30 } },
    { fieldName: "workItems", arguments: { mine: true, first: 30 } },
    { fieldName: "latestContent", arguments: { first: 20 } },
    { fieldName: "linkApprovals", arguments: { status: "PENDING", first: 30 } },
    { fieldName: "me", arguments: null },
  ];

  it("drops every page of the work and public lists after a successful step", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("submitContentItem")(
      { submitContentItem: { item: { id: "1" }, error: null } },
      {},
      cache,
      undefined as never,
    );
    expect(invalidate.mock.calls).toEqual([
      ["Query", "workItems", { stage: "DRAFT", first: 30 }],
      ["Query", "workItems", { mine: true, first: 30 }],
      ["Query", "latestContent", { first: 20 }],
    ]);
  });

  it("leaves the cache alone when the server refused the step", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("signOffContentItem")(
      { signOffContentItem: { item: null, error: { message: "请先完成信息发布审核" } } },
      {},
      cache,
      undefined as never,
    );
    expect(invalidate).not.toHaveBeenCalled();
  });

  it("drops the link approval lists after a request or decision", () => {
    const { cache, invalidate } = fakeCache(fields);
    updater("decideLinkApproval")({ decideLinkApproval: { approval: { id: "a" } } }, {}, cache, undefined as never);
    expect(invalidate.mock.calls.map((call) => call[1])).toEqual(["linkApprovals"]);
  });

  it("covers every workflow mutation", () => {
    expect(Object.keys(publishingMutationUpdates)).toHaveLength(14);
    expect(publishingMutationUpdates).toHaveProperty("setDisclosureValidity");
  });

  it("keys the payloads and list connections as embedded", () => {
    expect(Object.keys(publishingKeys)).toEqual(
      expect.arrayContaining([
        "WorkflowPayload",
        "QueryWorkItemsConnection",
        "QueryLinkApprovalsConnectionEdge",
        "PublicityComments",
        "PublicityCommentsLettersConnectionEdge",
      ]),
    );
  });
});
