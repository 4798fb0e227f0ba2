import type { Cache, KeyingConfig, ResolverConfig, UpdateResolver } from "@urql/exchange-graphcache";
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
    // 公众意见: the comments (letters) live under Query.publicityComments(itemId); their pages under it.
    "PublicityComments",
    "PublicityCommentsLettersConnection",
    "PublicityCommentsLettersConnectionEdge",
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

/** Workflow steps (WorkflowPayload), each with the lists it changes. */
const STEPS = [
  "createContentItem", // a new draft joins 草稿 and 我的稿件
  "saveContentDraft", // a published item's first re-edit joins 草稿; the row's last change moves up
  "submitContentItem", // 草稿 → 审核中
  "signOffContentItem", // the last sign-off moves it to 待发布, a rejection back to 草稿
  "publishContentItem", // leaves 待发布 and joins the public lists (or gets its scheduled time)
  "cancelScheduledPublication", // the 待发布 row loses its scheduled time
  "emergencyPublishContentItem", // online at once, and joins 紧急发布待补批
  "approveEmergencyPublication", // leaves 紧急发布待补批
  "withdrawContentItem", // leaves the public lists and 信息时效确认
  "expireContentItem", // marked 已过期 on the public lists, leaves 信息时效确认
  "confirmContentTimeliness", // a new review date takes it off 信息时效确认
  "setDisclosureValidity", // the public page and lists mark it 已修改/已废止
];

/**
 * One invalidation for every step: the work lists and, for the steps that change what citizens
 * see, the public lists (refetching those after a save costs one request; tracking which step
 * touches which list would cost bytes in the entry chunk). A refused step changed nothing.
 */
export const publishingMutationUpdates: Record<string, UpdateResolver> = Object.fromEntries([
  ...STEPS.map((step): [string, UpdateResolver] => [
    step,
    (result, _args, cache) => {
      if ((result[step] as { item?: unknown } | null)?.item) {
        invalidateRootFields(cache, [...WORK_LISTS, "latestContent", "contentItems", "search"]);
      }
    },
  ]),
  // 网站链接审批: a request joins 待审批; a decision moves it to 已批准 or 已驳回.
  ...["requestLinkApproval", "decideLinkApproval"].map((step): [string, UpdateResolver] => [
    step,
    (result, _args, cache) => {
      if ((result[step] as { approval?: unknown } | null)?.approval) invalidateRootFields(cache, ["linkApprovals"]);
    },
  ]),
]);
