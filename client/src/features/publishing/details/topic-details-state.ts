// 专题 and 热点区域 as the editor's form holds them, and their conversions to and from the JSON the
// server validates (server/src/modules/topics/topic-details.ts): what the page is, its map extent
// and layers, and the projects, content items and guides that belong to it.
import {
  type Checks,
  isBlankRow,
  type Json,
  optional,
  parseNumber,
  type RefRow,
  refRows,
  str,
  strings,
  without,
} from "./details-json";

export interface TopicForm {
  kind: "TOPIC_PAGE";
  slug: string;
  type: string;
  west: string;
  south: string;
  east: string;
  north: string;
  layers: Array<{ id: string }>;
  relatedProjectCodes: Array<{ code: string }>;
  /** Published content items, by global id. */
  relatedItems: RefRow[];
  /** Published guides, by slug. */
  relatedGuides: RefRow[];
  /** Keys the form does not know: passed through, so that the server names them. */
  rest: Record<string, unknown>;
}

/** The names numbers are given in messages (from the feature's strings). */
export interface TopicNumberLabels {
  extent: string;
}

export const TOPIC_DETAILS_MESSAGES = {
  extentIncomplete: "地图范围须填齐西、南、东、北四个数值，或全部留空",
};

// ---------------------------------------------------------------------------------------------
// Server JSON → form

const TOPIC_FORM_KEYS = [
  "slug",
  "type",
  "extent",
  "layers",
  "relatedProjectCodes",
  "relatedItemIds",
  "relatedGuideSlugs",
];

export function topicFormFromJson(source: Json): TopicForm {
  const extent = Array.isArray(source.extent) ? source.extent : [];
  return {
    kind: "TOPIC_PAGE",
    slug: str(source.slug),
    type: str(source.type),
    west: str(extent[0]),
    south: str(extent[1]),
    east: str(extent[2]),
    north: str(extent[3]),
    layers: strings(source.layers).map((id) => ({ id })),
    relatedProjectCodes: strings(source.relatedProjectCodes).map((code) => ({ code })),
    relatedItems: refRows(source.relatedItemIds),
    relatedGuides: refRows(source.relatedGuideSlugs),
    rest: without(source, TOPIC_FORM_KEYS),
  };
}

// ---------------------------------------------------------------------------------------------
// Form → server JSON

/** The form without rows left entirely blank. */
export function compactTopicForm(form: TopicForm): TopicForm {
  return {
    ...form,
    layers: form.layers.filter((r) => !isBlankRow(r)),
    relatedProjectCodes: form.relatedProjectCodes.filter((r) => !isBlankRow(r)),
    relatedItems: form.relatedItems.filter((r) => !isBlankRow(r, ["title"])),
    relatedGuides: form.relatedGuides.filter((r) => !isBlankRow(r, ["title"])),
  };
}

export function topicDetailsJson(form: TopicForm, { number, fail }: Checks, labels: TopicNumberLabels): Json {
  const sides = [form.west, form.south, form.east, form.north];
  const values = sides.map((side) => number(side, "extent", labels.extent));
  let extent: number[] | null = null;
  if (values.every((v) => v !== undefined)) extent = values as number[];
  else if (sides.some((side) => side.trim() !== "") && sides.every((side) => !Number.isNaN(parseNumber(side)))) {
    fail("extent", TOPIC_DETAILS_MESSAGES.extentIncomplete);
  }
  return {
    ...form.rest,
    ...(optional(form.slug) === undefined ? {} : { slug: optional(form.slug) }),
    type: optional(form.type) ?? null,
    extent,
    layers: form.layers.map((r) => r.id.trim()),
    relatedProjectCodes: form.relatedProjectCodes.map((r) => r.code.trim()),
    relatedItemIds: form.relatedItems.map((r) => r.ref.trim()),
    relatedGuideSlugs: form.relatedGuides.map((r) => r.ref.trim()),
  };
}

/** Whether the details say nothing: a topic page left so stays a plain page. */
export const isPlainTopic = (details: Json) =>
  Object.values(details).every((value) => value === null || (Array.isArray(value) && value.length === 0));
