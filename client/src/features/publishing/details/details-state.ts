// The structured details of PROJECT, GUIDE and TOPIC_PAGE items (专项信息) as the editor's forms hold
// them — every input a string, lists as rows — and the conversions to and from the JSON the server
// validates (server/src/modules/projects/project-details.ts, guides/guide-details.ts,
// topics/topic-details.ts). The server checks everything again; here blank optional fields are
// left out, rows left entirely blank are dropped, and numbers are parsed so that a typo is named
// beside its field before a round trip. Every key the server's schemas accept has an input; keys
// they do not know (none today) pass through untouched, so the server names them.

export type DetailsKind = "PROJECT" | "GUIDE" | "TOPIC_PAGE";

export const DETAILS_KINDS: readonly string[] = ["PROJECT", "GUIDE", "TOPIC_PAGE"];

export const hasDetails = (kind: string): kind is DetailsKind => DETAILS_KINDS.includes(kind);

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

/**
 * A reference to another content item, as the details store it (a project's related items: slug
 * or database id; a topic's: global id; its guides: slug). `title` is only for the screen.
 */
export interface RefRow {
  ref: string;
  title: string;
}

export type LocationType = "Point" | "Polygon";

export interface ProjectForm extends Record<(typeof PROJECT_TEXTS)[number] | ProjectMeasure, string> {
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
  related: RefRow[];
  modelUrl: string;
  permits: PermitRow[];
  progress: ProgressRow[];
  /** Keys the form does not know: passed through, so that the server names them. */
  rest: Record<string, unknown>;
}

export interface LegalBasisRow {
  law: string;
  article: string;
}
export interface ConditionRow {
  text: string;
}
export interface MaterialRow {
  name: string;
  form: string;
  copies: string;
  required: boolean;
  note: string;
  templateUrl: string;
  sampleUrl: string;
}
export interface StepRow {
  name: string;
  actor: string;
  description: string;
  days: string;
  outcome: string;
  excludedFromLimit: boolean;
}
export interface FeeRow {
  name: string;
  amount: string;
  basis: string;
}
export interface FaqRow {
  question: string;
  answer: string;
}
export interface RelatedLawRow {
  name: string;
  url: string;
}

export interface GuideForm {
  kind: "GUIDE";
  slug: string;
  itemName: string;
  category: string;
  implementingOrgan: string;
  legalBasis: LegalBasisRow[];
  conditions: ConditionRow[];
  materials: MaterialRow[];
  steps: StepRow[];
  statutoryDays: string;
  promisedDays: string;
  fees: FeeRow[];
  officeAddress: string;
  officeHours: string;
  phone: string;
  onlineUrl: string;
  faq: FaqRow[];
  relatedLaws: RelatedLawRow[];
  rest: Record<string, unknown>;
}

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
  rest: Record<string, unknown>;
}

export type DetailsForm = ProjectForm | GuideForm | TopicForm;

/** A problem found before sending, with the path the server would report ("details.landAreaM2"). */
export interface DetailsProblem {
  field: string;
  message: string;
}

export const DETAILS_MESSAGES = {
  notANumber: (label: string) => `${label}须为数字`,
  notAWholeNumber: (label: string) => `${label}须为整数`,
  pointIncomplete: "项目位置须同时填写经度和纬度",
  vertexIncomplete: (n: number) => `用地范围第 ${n} 个顶点须同时填写经度和纬度`,
  tooFewVertices: "用地范围至少需要 3 个不同的顶点",
  extentIncomplete: "地图范围须填齐西、南、东、北四个数值，或全部留空",
};

// ---------------------------------------------------------------------------------------------
// Empty rows, new rows

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
export const emptyLegalBasis = (): LegalBasisRow => ({ law: "", article: "" });
export const emptyCondition = (): ConditionRow => ({ text: "" });
export const emptyMaterial = (): MaterialRow => ({
  name: "",
  form: "ORIGINAL",
  copies: "1",
  required: true,
  note: "",
  templateUrl: "",
  sampleUrl: "",
});
export const emptyStep = (): StepRow => ({
  name: "",
  actor: "",
  description: "",
  days: "",
  outcome: "",
  excludedFromLimit: false,
});
export const emptyFee = (): FeeRow => ({ name: "", amount: "", basis: "" });
export const emptyFaq = (): FaqRow => ({ question: "", answer: "" });
export const emptyRelatedLaw = (): RelatedLawRow => ({ name: "", url: "" });
export const emptyVertex = (): VertexRow => ({ lng: "", lat: "" });
export const emptyFile = (): FileRow => ({ name: "", url: "", size: null, mimeType: "" });
export const emptyRef = (): RefRow => ({ ref: "", title: "" });

export function emptyDetailsForm(kind: DetailsKind): DetailsForm {
  return formFromDetails(kind, null);
}

// ---------------------------------------------------------------------------------------------
// Server JSON → form

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const rows = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const without = (source: Json, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(source).filter(([key]) => !keys.includes(key)));

/** The form for a revision's detailsJson (null or unreadable: an empty form). */
export function detailsFormFromJson(kind: DetailsKind, json: string | null | undefined): DetailsForm {
  let parsed: unknown = null;
  if (json) {
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = null;
    }
  }
  return formFromDetails(kind, isObject(parsed) ? parsed : null);
}

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
const GUIDE_FORM_KEYS = [
  "slug",
  "itemName",
  "category",
  "implementingOrgan",
  "legalBasis",
  "conditions",
  "materials",
  "steps",
  "statutoryDays",
  "promisedDays",
  "fees",
  "officeAddress",
  "officeHours",
  "phone",
  "onlineUrl",
  "faq",
  "relatedLaws",
];
const TOPIC_FORM_KEYS = [
  "slug",
  "type",
  "extent",
  "layers",
  "relatedProjectCodes",
  "relatedItemIds",
  "relatedGuideSlugs",
];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(str) : []);
const refRows = (value: unknown): RefRow[] => strings(value).map((ref) => ({ ref, title: "" }));
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

function formFromDetails(kind: DetailsKind, d: Json | null): DetailsForm {
  const source = d ?? {};
  if (kind === "PROJECT") {
    const location = isObject(source.location) ? source.location : null;
    const point =
      location?.type === "Point" && Array.isArray(location.coordinates) ? (location.coordinates as unknown[]) : null;
    const rings = location?.type === "Polygon" && Array.isArray(location.coordinates) ? location.coordinates : [];
    return {
      kind,
      ...(Object.fromEntries(PROJECT_TEXTS.map((key) => [key, str(source[key])])) as Record<
        (typeof PROJECT_TEXTS)[number],
        string
      >),
      ...(Object.fromEntries(PROJECT_MEASURES.map((key) => [key, str(source[key])])) as Record<ProjectMeasure, string>),
      locationType: location?.type === "Polygon" ? "Polygon" : "Point",
      lng: str(point?.[0]),
      lat: str(point?.[1]),
      vertices: outerVertices(rings[0]),
      holes: rings.slice(1),
      keyProject: source.keyProject === true,
      images: fileRows(source.images),
      documents: fileRows(source.documents),
      related: refRows(source.related),
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
  if (kind === "GUIDE") {
    return {
      kind,
      slug: str(source.slug),
      itemName: str(source.itemName),
      category: str(source.category),
      implementingOrgan: str(source.implementingOrgan),
      legalBasis: rows(source.legalBasis).map((b) => ({ law: str(b.law), article: str(b.article) })),
      conditions: (Array.isArray(source.conditions) ? source.conditions : []).map((c) => ({ text: str(c) })),
      materials: rows(source.materials).map((m) => ({
        name: str(m.name),
        form: str(m.form) || "ORIGINAL",
        copies: str(m.copies) || "1",
        required: m.required !== false,
        note: str(m.note),
        templateUrl: str(m.templateUrl),
        sampleUrl: str(m.sampleUrl),
      })),
      steps: rows(source.steps).map((s) => ({
        name: str(s.name),
        actor: str(s.actor),
        description: str(s.description),
        days: str(s.days),
        outcome: str(s.outcome),
        excludedFromLimit: s.excludedFromLimit === true,
      })),
      statutoryDays: str(source.statutoryDays),
      promisedDays: str(source.promisedDays),
      fees: rows(source.fees).map((f) => ({ name: str(f.name), amount: str(f.amount), basis: str(f.basis) })),
      officeAddress: str(source.officeAddress),
      officeHours: str(source.officeHours),
      phone: str(source.phone),
      onlineUrl: str(source.onlineUrl),
      faq: rows(source.faq).map((f) => ({ question: str(f.question), answer: str(f.answer) })),
      relatedLaws: rows(source.relatedLaws).map((l) => ({ name: str(l.name), url: str(l.url) })),
      rest: without(source, GUIDE_FORM_KEYS),
    };
  }
  const extent = Array.isArray(source.extent) ? source.extent : [];
  return {
    kind,
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

/** Whether a row holds nothing typed (selects with their default and checkboxes do not count). */
function isBlankRow(row: object, ignore: readonly string[] = []): boolean {
  return Object.entries(row).every(([key, value]) => {
    if (ignore.includes(key) || typeof value === "boolean") return true;
    if (Array.isArray(value)) return value.length === 0;
    return typeof value !== "string" || value.trim() === "";
  });
}

/**
 * The form with rows left entirely blank removed (nested change rows too). Saving sends this and
 * puts it back in the form, so a row index the server reports is the row the editor sees.
 */
export function compactDetailsForm(form: DetailsForm): DetailsForm {
  if (form.kind === "PROJECT") {
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
  if (form.kind === "GUIDE") {
    return {
      ...form,
      legalBasis: form.legalBasis.filter((r) => !isBlankRow(r)),
      conditions: form.conditions.filter((r) => !isBlankRow(r)),
      materials: form.materials.filter((r) => !isBlankRow(r, ["form", "copies"])),
      steps: form.steps.filter((r) => !isBlankRow(r)),
      fees: form.fees.filter((r) => !isBlankRow(r)),
      faq: form.faq.filter((r) => !isBlankRow(r)),
      relatedLaws: form.relatedLaws.filter((r) => !isBlankRow(r)),
    };
  }
  return {
    ...form,
    layers: form.layers.filter((r) => !isBlankRow(r)),
    relatedProjectCodes: form.relatedProjectCodes.filter((r) => !isBlankRow(r)),
    relatedItems: form.relatedItems.filter((r) => !isBlankRow(r, ["title"])),
    relatedGuides: form.relatedGuides.filter((r) => !isBlankRow(r, ["title"])),
  };
}

/**
 * A number as staff type it: full-width digits and separators folded, thousands commas removed.
 * undefined for blank, NaN for anything else that is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const folded = text.normalize("NFKC").replace(/[\s,]/g, "").replace(/。/g, ".");
  if (folded === "") return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(folded)) return Number.NaN;
  return Number(folded);
}

export interface DetailsOutcome {
  /** The detailsJson to save ("" for none); null when problems were found. */
  json: string | null;
  problems: DetailsProblem[];
  /** The form as sent (blank rows dropped), or as typed when there are problems. */
  form: DetailsForm;
}

/**
 * The JSON to save for the form, or the problems to show first. `title` is the item's title:
 * a project's name is its title (the server refuses a name that differs).
 */
export function detailsToJson(input: DetailsForm, title: string, labels: NumberLabels): DetailsOutcome {
  // Checked as typed first, so that a problem's row number is the row on screen, and blank rows
  // the editor just added stay while the problem is fixed; dropped once the save goes ahead.
  const checked = checkAndBuild(input, title, labels);
  if (checked.problems.length > 0) return { json: null, problems: checked.problems, form: input };
  const form = compactDetailsForm(input);
  const { details } = checkAndBuild(form, title, labels);
  // A topic page left without details stays a plain page ("" clears them on the server).
  if (form.kind === "TOPIC_PAGE" && isPlainTopic(details)) return { json: "", problems: [], form };
  return { json: JSON.stringify(details), problems: [], form };
}

function checkAndBuild(form: DetailsForm, title: string, labels: NumberLabels) {
  const problems: DetailsProblem[] = [];
  const number = (text: string, path: string, label: string, whole = false): number | undefined => {
    const value = parseNumber(text);
    if (value === undefined) return undefined;
    if (Number.isNaN(value)) problems.push({ field: `details.${path}`, message: DETAILS_MESSAGES.notANumber(label) });
    else if (whole && !Number.isInteger(value))
      problems.push({ field: `details.${path}`, message: DETAILS_MESSAGES.notAWholeNumber(label) });
    else return value;
    return undefined;
  };
  const fail = (path: string, message: string) => {
    problems.push({ field: `details.${path}`, message });
  };
  return { details: buildDetails(form, title.trim(), { number, fail }, labels), problems };
}

const isPlainTopic = (details: Json) =>
  Object.values(details).every((value) => value === null || (Array.isArray(value) && value.length === 0));

/** The names numbers are given in messages (from the feature's strings). */
export interface NumberLabels {
  measures: Record<ProjectMeasure, string>;
  lng: string;
  lat: string;
  copies: string;
  days: string;
  statutoryDays: string;
  promisedDays: string;
  extent: string;
}

interface Checks {
  number(text: string, path: string, label: string, whole?: boolean): number | undefined;
  fail(path: string, message: string): void;
}

/** Trimmed text, or undefined when blank (the project schema wants optional fields absent). */
const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());

function buildDetails(form: DetailsForm, title: string, { number, fail }: Checks, labels: NumberLabels): Json {
  if (form.kind === "PROJECT") {
    const d: Json = { ...form.rest };
    if (title) d.name = title;
    for (const key of PROJECT_TEXTS) {
      const value = optional(form[key]);
      if (value !== undefined) d[key] = value;
    }
    for (const key of PROJECT_MEASURES) {
      const value = number(form[key], key, labels.measures[key]);
      if (value !== undefined) d[key] = value;
    }
    const location = buildLocation(form, { number, fail }, labels);
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
  if (form.kind === "GUIDE") {
    return {
      ...form.rest,
      ...(optional(form.slug) === undefined ? {} : { slug: optional(form.slug) }),
      itemName: form.itemName.trim(),
      category: form.category.trim(),
      implementingOrgan: form.implementingOrgan.trim(),
      legalBasis: form.legalBasis.map((b) => ({ law: b.law.trim(), article: optional(b.article) ?? null })),
      conditions: form.conditions.map((c) => c.text.trim()),
      materials: form.materials.map((m, i) => ({
        name: m.name.trim(),
        form: m.form || "ORIGINAL",
        copies: number(m.copies, `materials.${i}.copies`, labels.copies, true) ?? 1,
        required: m.required,
        note: m.note.trim(),
        templateUrl: optional(m.templateUrl) ?? null,
        sampleUrl: optional(m.sampleUrl) ?? null,
      })),
      steps: form.steps.map((s, i) => ({
        name: s.name.trim(),
        actor: s.actor.trim(),
        description: s.description.trim(),
        days: number(s.days, `steps.${i}.days`, labels.days, true) ?? 0,
        outcome: s.outcome.trim(),
        excludedFromLimit: s.excludedFromLimit,
      })),
      statutoryDays: number(form.statutoryDays, "statutoryDays", labels.statutoryDays, true) ?? null,
      promisedDays: number(form.promisedDays, "promisedDays", labels.promisedDays, true) ?? null,
      fees: form.fees.map((f) => ({ name: f.name.trim(), amount: f.amount.trim(), basis: f.basis.trim() })),
      officeAddress: form.officeAddress.trim(),
      officeHours: form.officeHours.trim(),
      phone: form.phone.trim(),
      onlineUrl: optional(form.onlineUrl) ?? null,
      faq: form.faq.map((f) => ({ question: f.question.trim(), answer: f.answer.trim() })),
      relatedLaws: form.relatedLaws.map((l) => ({ name: l.name.trim(), url: optional(l.url) ?? null })),
    };
  }
  const sides = [form.west, form.south, form.east, form.north];
  const values = sides.map((side) => number(side, "extent", labels.extent));
  let extent: number[] | null = null;
  if (values.every((v) => v !== undefined)) extent = values as number[];
  else if (sides.some((side) => side.trim() !== "") && sides.every((side) => !Number.isNaN(parseNumber(side)))) {
    fail("extent", DETAILS_MESSAGES.extentIncomplete);
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
function buildLocation(form: ProjectForm, { number, fail }: Checks, labels: NumberLabels): Json | undefined {
  if (form.locationType === "Point") {
    const lng = number(form.lng, "location", labels.lng);
    const lat = number(form.lat, "location", labels.lat);
    if (lng !== undefined && lat !== undefined) return { type: "Point", coordinates: [lng, lat] };
    // One of the two typed: the problem is the missing half (a bad number is already named).
    const typed = [form.lng, form.lat].filter((text) => text.trim() !== "");
    if (typed.length === 1 && !Number.isNaN(parseNumber(typed[0] ?? "")))
      fail("location", DETAILS_MESSAGES.pointIncomplete);
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
      fail(path, DETAILS_MESSAGES.vertexIncomplete(i + 1));
    }
  });
  // Nothing typed: no location yet (a draft may lack it). A vertex with a problem: named above.
  if (typed === 0 || ring.length < typed) return undefined;
  const first = ring[0] as [number, number];
  const last = ring.at(-1) as [number, number];
  // Staff list the corners; GeoJSON wants the first repeated at the end (unless they typed it).
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  if (ring.length < 4) {
    fail("location.coordinates.0", DETAILS_MESSAGES.tooFewVertices);
    return undefined;
  }
  return { type: "Polygon", coordinates: [ring, ...form.holes] };
}

/** Working days of the steps that count towards the promised limit (as the server sums them). */
export function countedStepDays(steps: readonly StepRow[]): number {
  return steps.reduce((sum, step) => {
    const days = parseNumber(step.days);
    return sum + (step.excludedFromLimit || days === undefined || Number.isNaN(days) ? 0 : days);
  }, 0);
}

// ---------------------------------------------------------------------------------------------
// References to content items

/**
 * A project's `related` holds a slug or a database id (what the server and the seed match on), while
 * the API gives global ids: Pothos' relay plugin encodes them as base64("ContentItem:<id>").
 * null for anything else (another type's id, junk).
 */
export function contentItemIdOf(globalId: string): string | null {
  try {
    const decoded = atob(globalId);
    const colon = decoded.indexOf(":");
    return colon > 0 && decoded.slice(0, colon) === "ContentItem" && colon < decoded.length - 1
      ? decoded.slice(colon + 1)
      : null;
  } catch {
    return null;
  }
}

/** The global id of a content item's database id (to look the title of a project's reference up). */
export const contentItemGlobalId = (id: string): string => btoa(`ContentItem:${id}`);
