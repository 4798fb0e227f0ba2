import type { KeyingConfig } from "@urql/exchange-graphcache";

/**
 * graphcache configuration of the 专题 pages, merged into lib/urql.ts. A Topic (a Node) is keyed
 * by id; its map extent has none and is stored inside it.
 */
export const topicsKeys: KeyingConfig = {
  MapExtent: () => null,
};
