// 项目信息 as the editor's form holds it, and its conversions to and from the JSON the server
// validates (server/src/modules/projects/project-details.ts): the scalar fields, the location as a
// point or as a polygon's vertices, files, related items, permits and quarterly progress.
import {
  type Checks,
  isBlankRow,
  isObject,
  type Json,
  optional,
  parseNumber,
  type RefRow,
  refRows,
  rows,
  str,
  without,
} from "./details-json";

export interface PermitChangeRow {
  on: string;
  what: string;
  reason: string;
}

export interface PermitRow {
  type: string;
  number: string;
  issuedOn: string;
  issuingOrgan: string;
  scope: string;
  status: string;
  changes: PermitChangeRow[];
}

export interface ProgressRow {
  quarter: string;
  stage: string;
  note: string;
}

export const PROJECT_MEASURES = [
  "landAreaM2",
  "totalFloorAreaM2",
  "floorAreaRatio",
  "greenRatioPercent",
  "buildingDensityPercent",
  "heightLimitM",
] as const;
export type ProjectMeasure = (typeof PROJECT_MEASURES)[number];

const PROJECT_TEXTS = ["code", "applicant", "district", "address", "landUseClass", "stage", "hotArea"] as const;
type ProjectText = (typeof PROJECT_TEXTS)[number];

/** A vertex of a 用地范围 polygon, WGS-84. */
export interface VertexRow {
  lng: string;
  lat: string;
}

/** An image or document of a project: uploaded to /media, or a link typed in. */
export interface FileRow {
  name: string;
  url: string;
  /** From the upload; dropped when the link is edited by hand (it may no longer be that file). */
  size: number | null;
  mimeType: string;
}

export type LocationType = "Point" | "Polygon";

export interface ProjectForm extends Record<ProjectText | ProjectMeasure, string> {
  kind: "PROJECT";
  /** Which of the two is saved; the other is kept on screen until then. */
  locationType: LocationType;
  lng: string;
  lat: string;
  /** The polygon's outer ring, without the closing vertex (added when saving). */
  vertices: VertexRow[];
  /** Inner rings (holes) of a polygon saved earlier, e.g. by the import: kept as they are. */
  holes: unknown[];
  keyProject: boolean;
  images: FileRow[];
  documents: FileRow[];
  /** Related publicity and news, by global id. */
  related: RefRow[];
  modelUrl: string;
  permits: PermitRow[];
  progress: ProgressRow[];
  /** Keys the form does not know: passed through, so that the server names them. */
  rest: Record<string, unknown>;
}

/** The names numbers are given in messages (from the feature's strings). */
export interface ProjectNumberLabels {
  measures: Record<ProjectMeasure, string>;
  lng: string;
  lat: string;
}

export const PROJECT_DETAILS_MESSAGES = {
  pointIncomplete: "项目位置须同时填写经度和纬度",
  vertexIncomplete: (n: number) => `用地范围第 ${n} 个顶点须同时填写经度和纬度`,
  tooFewVertices: "用地范围至少需要 3 个不同的顶点",
};

export const emptyPermit = (): PermitRow => ({
  type: "",
  number: "",
  issuedOn: "",
  issuingOrgan: "",
  scope: "",
  status: "VALID",
  changes: [],
});
export const emptyPermitChange = (): PermitChangeRow => ({ on: "", what: "", reason: "" });
export const emptyProgress = (): ProgressRow => ({ quarter: "", stage: "", note: "" });
export const emptyVertex = (): VertexRow => ({ lng: "", lat: "" });
export const emptyFile = (): FileRow => ({ name: "", url: "", size: null, mimeType: "" });

// ---------------------------------------------------------------------------------------------
// References to content items

/** Pothos' relay plugin encodes a global id as base64("ContentItem:<id>"), from UTF-8. */
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
/** "ContentItem:" is 12 bytes, so every ContentItem global id starts with these 16 characters. */
const GLOBAL_ID_PREFIX = base64("ContentItem:");

/**
 * The global id of a project's stored reference. The server stores a database id (it decodes the
 * global ids the editor sends) or, from older data, a slug; the form holds global ids, as the
 * search gives them, so that a picked item can be compared and looked up. A slug comes back from
 * the server unchanged. A global id is kept as it is.
 */
export const relatedGlobalId = (ref: string): string =>
  ref.trim() === "" || ref.startsWith(GLOBAL_ID_PREFIX) ? ref : base64(`ContentItem:${ref}`);

// ---------------------------------------------------------------------------------------------
// Server JSON → form

const PROJECT_FORM_KEYS = [
  "name",
  ...PROJECT_TEXTS,
  ...PROJECT_MEASURES,
  "location",
  "keyProject",
  "images",
  "documents",
  "related",
  "modelUrl",
  "permits",
  "progress",
];

const fileRows = (value: unknown): FileRow[] =>
  rows(value).map((f) => ({
    name: str(f.name),
    url: str(f.url),
    size: typeof f.size === "number" ? f.size : null,
    mimeType: str(f.mimeType),
  }));

/** A GeoJSON position as two text inputs. */
const vertexOf = (position: unknown): VertexRow => {
  const pair = Array.isArray(position) ? position : [];
  return { lng: str(pair[0]), lat: str(pair[1]) };
};

/** The outer ring's vertices without the closing one (the form closes the ring when saving). */
function outerVertices(ring: unknown): VertexRow[] {
  const vertices = (Array.isArray(ring) ? ring : []).map(vertexOf);
  const first = vertices[0];
  const last = vertices.at(-1);
  if (vertices.length > 1 && first && last && first.lng === last.lng && first.lat === last.lat) vertices.pop();
  return vertices;
}

export function projectFormFromJson(source: Json): ProjectForm {
  const location = isObject(source.location) ? source.location : null;
  const point =
    location?.type === "Point" && Array.isArray(location.coordinates) ? (location.coordinates as unknown[]) : null;
  const rings = location?.type === "Polygon" && Array.isArray(location.coordinates) ? location.coordinates : [];
  return {
    kind: "PROJECT",
    ...(Object.fromEntries(PROJECT_TEXTS.map((key) => [key, str(source[key])])) as Record<ProjectText, string>),
    ...(Object.fromEntries(PROJECT_MEASURES.map((key) => [key, str(source[key])])) as Record<ProjectMeasure, string>),
    locationType: location?.type === "Polygon" ? "Polygon" : "Point",
    lng: str(point?.[0]),
    lat: str(point?.[1]),
    vertices: outerVertices(rings[0]),
    holes: rings.slice(1),
    keyProject: source.keyProject === true,
    images: fileRows(source.images),
    documents: fileRows(source.documents),
    related: refRows(source.related).map((row) => ({ ...row, ref: relatedGlobalId(row.ref) })),
    modelUrl: str(source.modelUrl),
    permits: rows(source.permits).map((p) => ({
      type: str(p.type),
      number: str(p.number),
      issuedOn: str(p.issuedOn),
      issuingOrgan: str(p.issuingOrgan),
      scope: str(p.scope),
      status: str(p.status) || "VALID",
      changes: rows(p.changes).map((c) => ({ on: str(c.on), what: str(c.what), reason: str(c.reason) })),
    })),
    progress: rows(source.progress).map((p) => ({
      quarter: str(p.quarter),
      stage: str(p.stage),
      note: str(p.note),
    })),
    rest: without(source, PROJECT_FORM_KEYS),
  };
}

// ---------------------------------------------------------------------------------------------
// Form → server JSON

/** The form without rows left entirely blank (nested change rows too). */
export function compactProjectForm(form: ProjectForm): ProjectForm {
  return {
    ...form,
    permits: form.permits
      .map((p) => ({ ...p, changes: p.changes.filter((c) => !isBlankRow(c)) }))
      .filter((p) => !isBlankRow(p, ["status"])),
    progress: form.progress.filter((p) => !isBlankRow(p)),
    vertices: form.vertices.filter((v) => !isBlankRow(v)),
    images: form.images.filter((f) => !isBlankRow(f, ["mimeType"])),
    documents: form.documents.filter((f) => !isBlankRow(f, ["mimeType"])),
    related: form.related.filter((r) => !isBlankRow(r, ["title"])),
  };
}

/** The project's details; `title` is the item's title, which names the project. */
export function projectDetailsJson(
  form: ProjectForm,
  title: string,
  checks: Checks,
  labels: ProjectNumberLabels,
): Json {
  const d: Json = { ...form.rest };
  if (title) d.name = title;
  for (const key of PROJECT_TEXTS) {
    const value = optional(form[key]);
    if (value !== undefined) d[key] = value;
  }
  for (const key of PROJECT_MEASURES) {
    const value = checks.number(form[key], key, labels.measures[key]);
    if (value !== undefined) d[key] = value;
  }
  const location = buildLocation(form, checks, labels);
  if (location) d.location = location;
  d.keyProject = form.keyProject;
  d.images = form.images.map(fileJson);
  d.documents = form.documents.map(fileJson);
  d.related = form.related.map((r) => r.ref.trim());
  const modelUrl = optional(form.modelUrl);
  if (modelUrl !== undefined) d.modelUrl = modelUrl;
  d.permits = form.permits.map((p) => ({
    type: p.type,
    number: p.number.trim(),
    issuedOn: p.issuedOn.trim(),
    issuingOrgan: p.issuingOrgan.trim(),
    scope: p.scope.trim(),
    status: p.status || "VALID",
    changes: p.changes.map((c) => ({ on: c.on.trim(), what: c.what.trim(), reason: c.reason.trim() })),
  }));
  d.progress = form.progress.map((p) => ({ quarter: p.quarter.trim(), stage: p.stage, note: p.note.trim() }));
  return d;
}

/** A file as the project schema takes it: size and type only when the upload told them. */
function fileJson(file: FileRow): Json {
  return {
    name: file.name.trim(),
    url: file.url.trim(),
    ...(file.size === null ? {} : { size: file.size }),
    ...(file.mimeType ? { mimeType: file.mimeType } : {}),
  };
}

/**
 * The GeoJSON of the location the form shows: a point, or a polygon whose ring the form closes.
 * Problems are reported under the paths the server uses for the same position
 * ("location.coordinates.0.3": outer ring, fourth vertex), so they show at the same row.
 */
function buildLocation(form: ProjectForm, { number, fail }: Checks, labels: ProjectNumberLabels): Json | undefined {
  if (form.locationType === "Point") {
    const lng = number(form.lng, "location", labels.lng);
    const lat = number(form.lat, "location", labels.lat);
    if (lng !== undefined && lat !== undefined) return { type: "Point", coordinates: [lng, lat] };
    // One of the two typed: the problem is the missing half (a bad number is already named).
    const typed = [form.lng, form.lat].filter((text) => text.trim() !== "");
    if (typed.length === 1 && !Number.isNaN(parseNumber(typed[0] ?? "")))
      fail("location", PROJECT_DETAILS_MESSAGES.pointIncomplete);
    return undefined;
  }
  const ring: Array<[number, number]> = [];
  let typed = 0;
  form.vertices.forEach((vertex, i) => {
    if (isBlankRow(vertex)) return;
    typed += 1;
    const path = `location.coordinates.0.${i}`;
    const lng = number(vertex.lng, path, labels.lng);
    const lat = number(vertex.lat, path, labels.lat);
    if (lng !== undefined && lat !== undefined) ring.push([lng, lat]);
    else if (!Number.isNaN(parseNumber(vertex.lng)) && !Number.isNaN(parseNumber(vertex.lat))) {
      fail(path, PROJECT_DETAILS_MESSAGES.vertexIncomplete(i + 1));
    }
  });
  // Nothing typed: no location yet (a draft may lack it). A vertex with a problem: named above.
  if (typed === 0 || ring.length < typed) return undefined;
  const first = ring[0] as [number, number];
  const last = ring.at(-1) as [number, number];
  // Staff list the corners; GeoJSON wants the first repeated at the end (unless they typed it).
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  if (ring.length < 4) {
    fail("location.coordinates.0", PROJECT_DETAILS_MESSAGES.tooFewVertices);
    return undefined;
  }
  return { type: "Polygon", coordinates: [ring, ...form.holes] };
}
