import type { KeyingConfig, ResolverConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

/** graphcache configuration of the 查询 tab's projects (Project and Permit are Nodes, keyed by id). */

/** Types without an id of their own: stored inside their parent rather than normalised. */
export const projectsKeys: KeyingConfig = {
  ProjectConnection: () => null,
  ProjectEdge: () => null,
  ProjectSuggestions: () => null,
  ProjectFacets: () => null,
  ProjectDistrictCount: () => null,
  ProjectStageCount: () => null,
  LandUseClassCount: () => null,
  HotAreaCount: () => null,
  LandUseClass: () => null,
  LngLat: () => null,
  ProjectFile: () => null,
  ProjectProgressNote: () => null,
  PermitChange: () => null,
};

export const projectsQueryResolvers: ResolverConfig["Query"] = {
  // Infinite scroll: the pages of one lookup (same words and filters) merge into one list.
  projects: relayPagination(),
};
