import type { KeyingConfig, ResolverConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

/**
 * graphcache configuration of the 办事指南 pages, merged into lib/urql.ts. A guide (a Node) is
 * normalised by id; everything inside it is stored inside it, so the guide a citizen opened is one
 * entry in graphcache's IndexedDB copy and reads back whole offline.
 */
export const guidesKeys: KeyingConfig = {
  GuideConnection: () => null,
  GuideEdge: () => null,
  GuideCategory: () => null,
  // Its id (a hash of the name) is unique within one guide only: keyed by it, two guides with a
  // material of the same name (申请表) would share one cache entry and overwrite each other's form
  // and copies. Embedded in the guide instead.
  GuideMaterial: () => null,
  GuideStep: () => null,
  GuideLegalBasis: () => null,
  GuideFee: () => null,
  GuideFaq: () => null,
  GuideRelatedLaw: () => null,
};

export const guidesQueryResolvers: ResolverConfig["Query"] = {
  // "加载更多": the pages of one search and category merge into one list.
  guides: relayPagination(),
};
