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
};

export const contentQueryResolvers: ResolverConfig["Query"] = {
  // Infinite scroll: the pages of one column / kind / catalog code merge into one list.
  contentItems: relayPagination(),
  // The same for search results (totalCount is kept from the page that was asked for).
  search: relayPagination(),
};

/**
 * None: citizens' comments on publicity are letters, sent through the letters' own uncached
 * client (letters-api.ts); the publicity panel fetches the item's count again after one is sent.
 */
export const contentMutationUpdates: Record<string, UpdateResolver> = {};
