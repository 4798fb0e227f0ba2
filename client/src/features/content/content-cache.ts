import type { KeyingConfig, ResolverConfig, UpdateResolver } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

/** graphcache configuration of the content domain (columns, items, disclosure, search), merged into lib/urql.ts. */

/** Types without an id of their own: stored inside their parent rather than normalised. */
export const contentKeys: KeyingConfig = {
  QueryContentItemsConnection: () => null,
  QueryContentItemsConnectionEdge: () => null,
  SearchConnection: () => null,
  SearchEdge: () => null,
  Attachment: () => null,
  ContentItemRelatedConnection: () => null,
  ContentItemRelatedConnectionEdge: () => null,
  ChangeNote: () => null,
  Disclosure: () => null,
  Publicity: () => null,
  SubmitPublicityCommentPayload: () => null,
};

export const contentQueryResolvers: ResolverConfig["Query"] = {
  // Infinite scroll: the pages of one column / kind / catalog code merge into one list.
  contentItems: relayPagination(),
  // The same for search results (totalCount is kept from the page that was asked for).
  search: relayPagination(),
};

export const contentMutationUpdates: Record<string, UpdateResolver> = {
  // A new comment changes the item's comment count: refetch the item's publicity.
  submitPublicityComment(result, args, cache) {
    const payload = result.submitPublicityComment as { comment?: unknown } | null | undefined;
    const input = args.input as { itemId?: unknown } | undefined;
    if (!payload?.comment || typeof input?.itemId !== "string") return;
    cache.invalidate({ __typename: "ContentItem", id: input.itemId }, "publicity");
  },
};
