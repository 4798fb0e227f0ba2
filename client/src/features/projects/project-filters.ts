/**
 * The project lookup's state lives in the URL (?q=…&district=…&stage=…&landUse=…&key=1&hotArea=…
 * &from=…&to=…) so a lookup can be shared and the back button steps through lookups. These
 * functions are the only place that reads or writes those parameters.
 *
 * Filter values go to the server as typed: it knows the districts, stages (by name or label),
 * land-use classes and day formats, and answers a wrong one with a BAD_USER_INPUT message naming
 * the valid choices, which the page shows. Only the key-project switch is judged here, because a
 * boolean argument cannot carry "yes"; a wrong value is reported, never silently dropped, since a
 * shared link with a typo must say so instead of quietly showing every project.
 */

/** The server refuses longer queries (BAD_USER_INPUT); the input stops there too. */
export const QUERY_MAX_LENGTH = 100;

export interface ProjectFilters {
  q: string;
  /** District or county name (青秀区). */
  district: string | null;
  /** A ProjectStage name (WORKS_PERMIT); the server also takes its label. */
  stage: string | null;
  /** Land-use class code (07 居住用地 includes 0701…). */
  landUse: string | null;
  /** Key projects (重点项目) only. */
  keyProject: boolean;
  /** Slug of a hot-area page (wuxiang-core). */
  hotArea: string | null;
  /** A permit issued in this range of days (YYYY-MM-DD, Beijing calendar), both inclusive. */
  from: string | null;
  to: string | null;
}

export type FilterParam = "q" | "district" | "stage" | "landUse" | "key" | "hotArea" | "from" | "to";

export interface ParsedFilters {
  filters: ProjectFilters;
  /** The key switch's value when it is neither on nor off ("yes"); null when fine. */
  invalidKey: string | null;
}

export const EMPTY_FILTERS: ProjectFilters = {
  q: "",
  district: null,
  stage: null,
  landUse: null,
  keyProject: false,
  hotArea: null,
  from: null,
  to: null,
};

type RawParams = Partial<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}

const KEY_ON = new Set(["1", "true"]);
const KEY_OFF = new Set(["0", "false"]);

export function parseProjectFilters(params: RawParams): ParsedFilters {
  const text = (param: FilterParam) => first(params[param]) || null;
  const key = text("key");
  return {
    filters: {
      q: first(params.q),
      district: text("district"),
      stage: text("stage"),
      landUse: text("landUse"),
      keyProject: key !== null && KEY_ON.has(key),
      hotArea: text("hotArea"),
      from: text("from"),
      to: text("to"),
    },
    invalidKey: key !== null && !KEY_ON.has(key) && !KEY_OFF.has(key) ? key : null,
  };
}

/** For useSearchParams' setter: an undefined value removes the parameter from the URL. */
export function toFilterParams(filters: ProjectFilters): Record<FilterParam, string | undefined> {
  return {
    q: filters.q || undefined,
    district: filters.district ?? undefined,
    stage: filters.stage ?? undefined,
    landUse: filters.landUse ?? undefined,
    key: filters.keyProject ? "1" : undefined,
    hotArea: filters.hotArea ?? undefined,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
  };
}

/** A link to this lookup (the bare path when nothing is asked). */
export function projectsHref(filters: ProjectFilters, base = "/query/projects"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toFilterParams(filters))) {
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The `projects` query's filter arguments. */
export function projectsVariables(filters: ProjectFilters) {
  return {
    query: filters.q || null,
    district: filters.district,
    stage: filters.stage,
    landUseClass: filters.landUse,
    // Off means "not only key projects", not "only the others".
    keyProject: filters.keyProject ? true : null,
    hotArea: filters.hotArea,
    issuedFrom: filters.from,
    issuedTo: filters.to,
  };
}

/**
 * Which URL parameter a BAD_USER_INPUT error is about, from the argument the server names in
 * `extensions.field`; null when it names none (or one the URL does not carry).
 */
export function paramOfField(field: unknown): FilterParam | null {
  if (typeof field !== "string") return null;
  const argument = field.split(".")[0];
  const params: Record<string, FilterParam> = {
    query: "q",
    district: "district",
    stage: "stage",
    landUseClass: "landUse",
    keyProject: "key",
    hotArea: "hotArea",
    issuedFrom: "from",
    issuedTo: "to",
  };
  return argument ? (params[argument] ?? null) : null;
}

/** The same lookup without one parameter (a reversed date range is one mistake in two). */
export function withoutParam(filters: ProjectFilters, param: FilterParam): ProjectFilters {
  switch (param) {
    case "q":
      return { ...filters, q: "" };
    case "key":
      return { ...filters, keyProject: false };
    case "from":
    case "to":
      return { ...filters, from: null, to: null };
    default:
      return { ...filters, [param]: null };
  }
}

/** How many filters (not counting the words) narrow the lookup; shown on the filter button. */
export function activeFilterCount(filters: ProjectFilters): number {
  return [
    filters.district,
    filters.stage,
    filters.landUse,
    filters.keyProject ? true : null,
    filters.hotArea,
    filters.from,
    filters.to,
  ].filter((value) => value !== null).length;
}

/** The same lookup with every filter removed, keeping the words. */
export function clearFilters(filters: ProjectFilters): ProjectFilters {
  return { ...EMPTY_FILTERS, q: filters.q };
}

/** A string that sums up the lookup, to tell the pages of one lookup from another's. */
export function filtersKey(filters: ProjectFilters): string {
  return JSON.stringify(projectsVariables(filters));
}

/** The lookup a result answered (urql's operation variables), in the same form as filtersKey. */
export function keyOfVariables(variables: Record<string, unknown> | undefined): string {
  const text = (name: string) => {
    const value = variables?.[name];
    return typeof value === "string" ? value : null;
  };
  return filtersKey({
    q: text("query") ?? "",
    district: text("district"),
    stage: text("stage"),
    landUse: text("landUseClass"),
    keyProject: variables?.keyProject === true,
    hotArea: text("hotArea"),
    from: text("issuedFrom"),
    to: text("issuedTo"),
  });
}

export interface FilterFix {
  /** The parameter dropped, or every filter. */
  drop: FilterParam | "all";
  next: ProjectFilters;
}

/**
 * The ways out of a refused lookup: drop the condition the server named, and (when others remain,
 * or the server named none) drop every filter.
 */
export function filterFixes(filters: ProjectFilters, param: FilterParam | null): FilterFix[] {
  const fixes: FilterFix[] = [];
  let rest = filters;
  if (param) {
    rest = withoutParam(filters, param);
    fixes.push({ drop: param, next: rest });
  }
  if (activeFilterCount(rest) > 0) fixes.push({ drop: "all", next: clearFilters(rest) });
  return fixes;
}
