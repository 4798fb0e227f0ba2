import { createQuery } from "@urql/solid";
import { createMemo } from "solid-js";
import { graphql, type ResultOf } from "../../lib/graphql";
import type { FilterOptions } from "./filter-sheet";
import { PROJECT_STAGES, stageLabel } from "./stages";

/** Before the counts arrive (or offline with nothing cached) the stages are still known. */
const NO_OPTIONS: FilterOptions = {
  districts: [],
  stages: PROJECT_STAGES.map((stage) => ({ value: stage, label: stageLabel(stage) })),
  landUses: [],
  hotAreas: [],
};

/**
 * The choices of the filter sheet, from the server's counts (every district, the land-use classes
 * in use, the hot areas) and the hot areas' titles from their topic pages.
 */
export const FilterOptionsQuery = graphql(`
  query ProjectFilterOptions {
    projectFacets {
      districts {
        name
        count
      }
      stages {
        stage
        count
      }
      landUseClasses {
        code
        name
        count
      }
      hotAreas {
        slug
        count
      }
    }
    # A project's area may be a hot-area page (五象新区核心区) or a topic (五象新区): titles of both.
    topics {
      id
      slug
      title
    }
  }
`);

type Options = ResultOf<typeof FilterOptionsQuery>;

export function filterOptionsOf(data: Options | undefined): FilterOptions {
  if (!data) return { ...NO_OPTIONS };
  const titles = new Map(data.topics.flatMap((topic) => (topic.slug ? [[topic.slug, topic.title] as const] : [])));
  return {
    districts: data.projectFacets.districts.map((d) => ({ value: d.name, label: d.name, count: d.count })),
    stages: data.projectFacets.stages.map((s) => ({ value: s.stage, label: stageLabel(s.stage), count: s.count })),
    landUses: data.projectFacets.landUseClasses.map((c) => ({ value: c.code, label: c.name, count: c.count })),
    hotAreas: data.projectFacets.hotAreas.map((h) => ({
      value: h.slug,
      label: titles.get(h.slug) ?? h.slug,
      count: h.count,
    })),
  };
}

/** The filter choices for a page, read from the cache first (they change only when projects are published). */
export function createFilterOptions() {
  const [result] = createQuery({ query: FilterOptionsQuery, requestPolicy: "cache-and-network" });
  return createMemo(() => filterOptionsOf(result.data));
}

/** A hot area's title ("五象新区核心区"), or its slug while the titles are not known. */
export function hotAreaTitle(data: Options | undefined, slug: string): string {
  return data?.topics.find((topic) => topic.slug === slug)?.title ?? slug;
}
