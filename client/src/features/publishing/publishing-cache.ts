import type { Cache, KeyingConfig, ResolverConfig, UpdatesConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

/**
 * graphcache configuration of the publishing domain (staff work lists), merged into lib/urql.ts.
 * It ships in the entry chunk, so it is kept to a few lines.
 */

const WORK_LISTS = ["workItems", "timelinessDue", "emergencyPublications"];
const LISTS = [...WORK_LISTS, "linkApprovals"];

/** Payloads and list connections without an id of their own: stored inside their parent. */
export const publishingKeys: KeyingConfig = Object.fromEntries(
  [
    "WorkflowPayload",
    "LinkApprovalPayload",
    // QueryWorkItemsConnection, QueryWorkItemsConnectionEdge, … (Pothos's names for the lists' types).
    ...LISTS.flatMap((list) => {
      const type = `Query${list[0]?.toUpperCase()}${list.slice(1)}Connection`;
      return [type, `${type}Edge`];
    }),
  ].map((type) => [type, () => null]),
);

// "加载更多" on the staff lists: pages for the same filter merge into one list.
export const publishingQueryResolvers: ResolverConfig["Query"] = Object.fromEntries(
  LISTS.map((list) => [list, relayPagination()]),
);

/** Drops every cached page of these root fields (all filters), so the lists on screen refetch. */
export function invalidateRootFields(cache: Cache, names: readonly string[]): void {
  for (const field of cache.inspectFields("Query")) {
    if (names.includes(field.fieldName)) cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
}

/**
 * Updaters on the payload types rather than on each of the twelve mutations: graphcache runs
 * them whenever a payload's field is written, i.e. after every workflow step. A refused step
 * (item null, error set) changed nothing and invalidates nothing.
 */
export const publishingUpdates: UpdatesConfig = {
  WorkflowPayload: {
    // Any step can move an item between the work lists (工作台 tabs, 信息时效确认, 紧急发布待补批), and
    // publishing, emergency publication, withdrawal and expiry change what citizens see.
    item(payload, _args, cache) {
      if (payload.item) invalidateRootFields(cache, [...WORK_LISTS, "latestContent", "contentItems", "search"]);
    },
  },
  LinkApprovalPayload: {
    // A request joins 待审批; a decision moves it to 已批准 or 已驳回.
    approval(payload, _args, cache) {
      if (payload.approval) invalidateRootFields(cache, ["linkApprovals"]);
    },
  },
};
