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
 * in use, the hot areas) and the hot areas' titles from their pages. A hot area whose page is
 * offline (withdrawn, expired) is not offered: its projects keep naming it, and it comes back
 * when the page is published again.
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
    # A project's hotArea names a hot-area page (五象新区核心区): the published ones, by title.
    topics(type: HOT_AREA) {
      id
      slug
      title
    }
  }
`);

type Options = ResultOf<typeof FilterOptionsQuery>;

export function filterOptionsOf(data: Options | undefined): FilterOptions {
  if (!data) return { ...NO_OPTIONS };
  const titles = hotAreaNames(data);
  return {
    districts: data.projectFacets.districts.map((d) => ({ value: d.name, label: d.name, count: d.count })),
    stages: data.projectFacets.stages.map((s) => ({ value: s.stage, label: stageLabel(s.stage), count: s.count })),
    landUses: data.projectFacets.landUseClasses.map((c) => ({ value: c.code, label: c.name, count: c.count })),
    hotAreas: data.projectFacets.hotAreas.flatMap((h) => {
      const label = titles.get(h.slug);
      return label ? [{ value: h.slug, label, count: h.count }] : [];
    }),
  };
}

/** The filter choices for a page, read from the cache first (they change only when projects are published). */
export function createFilterOptions() {
  const [result] = createQuery({ query: FilterOptionsQuery, requestPolicy: "cache-and-network" });
  return createMemo(() => filterOptionsOf(result.data));
}

/** "热点区域：五象新区核心区" → "五象新区核心区": the sheet and the project page say 热点区域 already. */
export const areaName = (title: string) => title.replace(/^\s*热点区域\s*[：:]\s*/, "").trim() || title;

/** The published hot areas' names by slug. */
function hotAreaNames(data: Options): Map<string, string> {
  return new Map(data.topics.flatMap((topic) => (topic.slug ? [[topic.slug, areaName(topic.title)] as const] : [])));
}

/** A hot area's name ("五象新区核心区"), or its slug while the names are not known or its page is offline. */
export function hotAreaTitle(data: Options | undefined, slug: string): string {
  return (data && hotAreaNames(data).get(slug)) ?? slug;
}
