// Projects and permits as citizens look them up (项目信息查询). Staff edit projects as PROJECT
// items through the publishing workflow (detailsJson); these types read the published state.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { notFound } from "../../errors.js";
import type { Project } from "../../generated/prisma/client.js";
import { PermitStatus, PermitType, ProjectStage } from "../../generated/prisma/enums.js";
import { PUBLISHED } from "../content/content.service.js";
import { locationToGcj02, type Position, toGcj02 } from "./geo.js";
import { landUseClass } from "./land-use-classes.js";
import { type ProjectDetails, projectDetailsSchema } from "./project-details.js";
import {
  findPermitByNumber,
  findProjectByCode,
  findProjects,
  type ProjectFacets,
  type ProjectHit,
  type ProjectPage,
  type ProjectQuery,
  projectFacets,
  recentKeyProjects,
  similarProjects,
} from "./projects.service.js";

export const ProjectStageEnum = builder.enumType(ProjectStage, {
  name: "ProjectStage",
  description: "项目阶段: 选址 → 用地规划许可 → 工程规划许可 → 批后公示 → 规划核实 → 竣工.",
});
export const PermitTypeEnum = builder.enumType(PermitType, {
  name: "PermitType",
  description: "建设项目选址意见书, 建设用地规划许可证, 建设工程规划许可证, 乡村建设规划许可证, 规划核实合格证.",
});
export const PermitStatusEnum = builder.enumType(PermitStatus, {
  name: "PermitStatus",
  description: "有效, 变更 (changed: see its changes), 注销 (revoked).",
});

const LandUseClassRef = builder.objectRef<{ code: string; name: string }>("LandUseClass").implement({
  description: "A class of 《国土空间调查、规划、用途管制用地用海分类指南》, e.g. 0701 城镇住宅用地.",
  fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name") }),
});

type FileShape = ProjectDetails["images"][number];
const ProjectFileRef = builder.objectRef<FileShape>("ProjectFile").implement({
  description: "An image or document of a project.",
  fields: (t) => ({
    name: t.exposeString("name"),
    url: t.exposeString("url"),
    size: t.int({ nullable: true, description: "Bytes, when known.", resolve: (f) => f.size ?? null }),
    mimeType: t.string({ nullable: true, resolve: (f) => f.mimeType ?? null }),
  }),
});

const ProgressNoteRef = builder.objectRef<ProjectDetails["progress"][number]>("ProjectProgressNote").implement({
  description: "Progress of a (key) project in one quarter.",
  fields: (t) => ({
    quarter: t.exposeString("quarter", { description: "e.g. 2026Q3." }),
    stage: t.expose("stage", { type: ProjectStageEnum }),
    note: t.exposeString("note"),
  }),
});

const PermitChangeRef = builder.objectRef<{ on: string; what: string; reason: string }>("PermitChange").implement({
  description: "A change (变更) or revocation (注销) of a permit.",
  fields: (t) => ({
    on: t.exposeString("on", { description: "Day of the change, YYYY-MM-DD." }),
    what: t.exposeString("what"),
    reason: t.exposeString("reason"),
  }),
});

const LngLatRef = builder.objectRef<Position>("LngLat").implement({
  description: "A position in degrees.",
  fields: (t) => ({
    lng: t.float({ resolve: (p) => p[0] }),
    lat: t.float({ resolve: (p) => p[1] }),
  }),
});

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// The details of the live revision, parsed once per item object (several fields read them).
const parsedDetails = new WeakMap<object, ProjectDetails>();
const withDetails = { contentItem: { select: { details: true } } } as const;
function detailsOf(project: { contentItem: { details: unknown } }): ProjectDetails {
  const item = project.contentItem;
  let details = parsedDetails.get(item);
  if (!details) {
    const parsed = projectDetailsSchema.safeParse(item.details);
    details = parsed.success ? parsed.data : projectDetailsSchema.parse({});
    parsedDetails.set(item, details);
  }
  return details;
}
const fromDetails = <T>(read: (d: ProjectDetails) => T) => ({
  select: withDetails,
  resolve: (project: { contentItem: { details: unknown } }) => read(detailsOf(project)),
});

const center = (p: Project): Position => [(p.minLng + p.maxLng) / 2, (p.minLat + p.maxLat) / 2];

export const ProjectRef = builder.prismaNode("Project", {
  description:
    "项目信息: a published planning project with its permits. Withdrawn projects are neither listed nor found.",
  id: { field: "id" },
  findUnique: (id) => ({ id, contentItem: PUBLISHED }),
  fields: (t) => ({
    code: t.exposeString("code", { description: "项目代码." }),
    name: t.exposeString("name", { description: "The project's name (its item's title)." }),
    applicant: t.exposeString("applicant", { description: "建设单位." }),
    district: t.exposeString("district"),
    address: t.exposeString("address"),
    stage: t.expose("stage", { type: ProjectStageEnum }),
    keyProject: t.exposeBoolean("keyProject", { description: "重点项目." }),
    hotAreaSlug: t.exposeString("hotAreaSlug", {
      nullable: true,
      description: "Slug of the hot-area topic page (热点区域), e.g. wuxiang.",
    }),
    landUseClass: t.field({
      type: LandUseClassRef,
      description: "用地性质.",
      resolve: (p) => landUseClass(p.landUseClass) ?? { code: p.landUseClass, name: p.landUseClass },
    }),
    landAreaM2: t.exposeFloat("landArea", { nullable: true, description: "用地面积, ㎡." }),
    totalFloorAreaM2: t.exposeFloat("totalFloorArea", { nullable: true, description: "总建筑面积, ㎡." }),
    floorAreaRatio: t.float({
      nullable: true,
      description: "容积率.",
      ...fromDetails((d) => d.floorAreaRatio ?? null),
    }),
    greenRatioPercent: t.float({
      nullable: true,
      description: "绿地率, %.",
      ...fromDetails((d) => d.greenRatioPercent ?? null),
    }),
    buildingDensityPercent: t.float({
      nullable: true,
      description: "建筑密度, %.",
      ...fromDetails((d) => d.buildingDensityPercent ?? null),
    }),
    heightLimitM: t.float({
      nullable: true,
      description: "建筑限高, m.",
      ...fromDetails((d) => d.heightLimitM ?? null),
    }),
    latestPermitIssuedOn: t.string({
      nullable: true,
      description: "Issue day (YYYY-MM-DD) of the newest permit.",
      resolve: (p) => (p.latestPermitIssuedOn ? isoDay(p.latestPermitIssuedOn) : null),
    }),
    permitCount: t.exposeInt("permitCount"),
    permits: t.relation("permits", {
      description: "The permits as a timeline: oldest issue day first, each with its changes.",
      query: { orderBy: [{ issuedOn: "asc" }, { number: "asc" }] },
    }),
    progress: t.field({
      type: [ProgressNoteRef],
      description: "Progress notes per quarter, newest quarter first.",
      ...fromDetails((d) => [...d.progress].sort((a, b) => b.quarter.localeCompare(a.quarter))),
    }),
    images: t.field({ type: [ProjectFileRef], ...fromDetails((d) => d.images) }),
    documents: t.field({ type: [ProjectFileRef], ...fromDetails((d) => d.documents) }),
    modelUrl: t.string({
      nullable: true,
      description: "3D model asset, for the map.",
      ...fromDetails((d) => d.modelUrl ?? null),
    }),
    locationGeoJSON: t.string({
      description: "The location as GeoJSON (Point or Polygon), WGS-84: for GPS and WGS-84 basemaps (e.g. Tianditu).",
      ...fromDetails((d) => JSON.stringify(d.location ?? null)),
    }),
    locationGcj02GeoJSON: t.string({
      description:
        "The location as GeoJSON converted to GCJ-02, the datum of basemaps licensed in China (AutoNavi, Tencent…); WGS-84 coordinates drawn on those are 100–700 m off.",
      ...fromDetails((d) => JSON.stringify(d.location ? locationToGcj02(d.location) : null)),
    }),
    center: t.field({
      type: LngLatRef,
      description: "Where to put a marker, WGS-84: the point, or the middle of the area's bounding box.",
      resolve: center,
    }),
    centerGcj02: t.field({ type: LngLatRef, description: "center in GCJ-02.", resolve: (p) => toGcj02(center(p)) }),
    item: t.relation("contentItem", {
      description: "The published page of the project (summary, body, change notes, publication date).",
    }),
    related: t.prismaField({
      type: ["ContentItem"],
      description: "Related publicity and news that are published, in the order the editor listed them.",
      select: withDetails,
      resolve: async (query, project, _args, ctx) => {
        const refs = detailsOf(project).related;
        if (refs.length === 0) return [];
        const items = await ctx.prisma.contentItem.findMany({
          ...query,
          where: { ...PUBLISHED, OR: [{ slug: { in: refs } }, { id: { in: refs } }] },
        });
        const position = (item: { id: string; slug: string | null }) =>
          refs.findIndex((r) => r === item.id || r === item.slug);
        return items.sort((a, b) => position(a) - position(b));
      },
    }),
  }),
});

builder.prismaNode("Permit", {
  description: "A planning permit (许可证/意见书/合格证) of a published project.",
  id: { field: "id" },
  findUnique: (id) => ({ id, project: { contentItem: PUBLISHED } }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "证书编号, e.g. 建字第450100202600123号." }),
    type: t.expose("type", { type: PermitTypeEnum }),
    issuedOn: t.string({ description: "Issue day, YYYY-MM-DD.", resolve: (p) => isoDay(p.issuedOn) }),
    issuingOrgan: t.exposeString("issuingOrgan", { description: "发证机关." }),
    scope: t.exposeString("scope", { description: "许可内容." }),
    status: t.expose("status", { type: PermitStatusEnum }),
    changes: t.field({
      type: [PermitChangeRef],
      description: "Changes and revocation, oldest first.",
      resolve: (p) =>
        Array.isArray(p.changes) ? (p.changes as Array<{ on: string; what: string; reason: string }>) : [],
    }),
    project: t.relation("project"),
  }),
});

const ProjectEdge = builder.objectRef<ProjectHit>("ProjectEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.field({ type: ProjectRef, resolve: (hit) => hit.project }),
    highlightedName: t.exposeString("highlightedName", {
      description: "The name as HTML: text escaped, matches wrapped in <mark>. Safe to render as HTML.",
    }),
    exactMatch: t.exposeBoolean("exactMatch", {
      description:
        "The query was this project's code or one of its permit numbers, or all the digits of one (8 or more, e.g. 450100202600123 for 建字第450100202600123号).",
    }),
  }),
});

// The suggestions' selection is only turned into a Prisma query when they are computed: a
// prismaField's query that a resolver leaves unused (nothing to suggest) is reported by Pothos.
const suggestionQuery = (ctx: Context, info: GraphQLResolveInfo) =>
  queryFromInfo({ context: ctx, info }) as ProjectQuery;

const ProjectSuggestionsRef = builder.objectRef<ProjectPage>("ProjectSuggestions").implement({
  description: "What to offer instead of an empty list. Both lists are empty when the lookup found something.",
  fields: (t) => ({
    similar: t.field({
      type: [ProjectRef],
      description: "Projects sharing words with the query (any of them), whatever the filters.",
      resolve: async (page, _args, ctx, info) =>
        page.totalCount > 0 || !page.filter.query
          ? []
          : similarProjects(ctx.prisma, page.filter.query, suggestionQuery(ctx, info)),
    }),
    recentKeyProjects: t.field({
      type: [ProjectRef],
      description: "Key projects (重点项目) with the newest permits.",
      resolve: async (page, _args, ctx, info) =>
        page.totalCount > 0 ? [] : recentKeyProjects(ctx.prisma, suggestionQuery(ctx, info)),
    }),
  }),
});

const ProjectConnection = builder.objectRef<ProjectPage>("ProjectConnection").implement({
  description: "Projects found, best match first.",
  fields: (t) => ({
    edges: t.field({ type: [ProjectEdge], resolve: (page) => page.hits }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.hits[0]?.cursor ?? null,
        endCursor: page.hits.at(-1)?.cursor ?? null,
      }),
    }),
    totalCount: t.exposeInt("totalCount"),
    suggestions: t.field({ type: ProjectSuggestionsRef, resolve: (page) => page }),
  }),
});

const DistrictCountRef = builder
  .objectRef<{ name: string; count: number }>("ProjectDistrictCount")
  .implement({ fields: (t) => ({ name: t.exposeString("name"), count: t.exposeInt("count") }) });
const StageCountRef = builder.objectRef<{ stage: ProjectStage; count: number }>("ProjectStageCount").implement({
  fields: (t) => ({ stage: t.expose("stage", { type: ProjectStageEnum }), count: t.exposeInt("count") }),
});
const LandUseCountRef = builder
  .objectRef<{ code: string; name: string; count: number }>("LandUseClassCount")
  .implement({
    fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name"), count: t.exposeInt("count") }),
  });
const HotAreaCountRef = builder
  .objectRef<{ slug: string; count: number }>("HotAreaCount")
  .implement({ fields: (t) => ({ slug: t.exposeString("slug"), count: t.exposeInt("count") }) });

const ProjectFacetsRef = builder.objectRef<ProjectFacets>("ProjectFacets").implement({
  description: "Published projects counted per filter value, for the filter UI.",
  fields: (t) => ({
    total: t.exposeInt("total"),
    keyProjects: t.exposeInt("keyProjects"),
    districts: t.field({
      type: [DistrictCountRef],
      description: "Every district and county of the city (zero counts too).",
      resolve: (f) => f.districts,
    }),
    stages: t.field({ type: [StageCountRef], description: "Every stage, in process order.", resolve: (f) => f.stages }),
    landUseClasses: t.field({
      type: [LandUseCountRef],
      description: "Level-2 land-use classes in use (e.g. 0701), by code.",
      resolve: (f) => f.landUseClasses,
    }),
    hotAreas: t.field({ type: [HotAreaCountRef], resolve: (f) => f.hotAreas }),
  }),
});

const BBoxInput = builder.inputType("BBoxInput", {
  description: "A map view, WGS-84 degrees.",
  fields: (t) => ({
    west: t.float({ required: true }),
    south: t.float({ required: true }),
    east: t.float({ required: true }),
    north: t.float({ required: true }),
  }),
});

const PUBLIC = { skipTypeScopes: true, authScopes: { public: true } } as const;

builder.queryFields((t) => ({
  projects: t.field({
    type: ProjectConnection,
    description:
      "项目信息查询: published projects by name, code, permit number, applicant or address (Chinese words, pinyin, initials); an exact code or permit number, or all the digits of permit numbers, comes first (exactMatch). Invalid filters are BAD_USER_INPUT with a Chinese message. Public.",
    ...PUBLIC,
    args: {
      query: t.arg.string({ description: "What the citizen typed; at most 100 characters." }),
      district: t.arg.string({ description: "A district or county name, e.g. 青秀区 (see projectFacets)." }),
      stage: t.arg.string({ description: "A ProjectStage name (WORKS_PERMIT) or its label (工程规划许可)." }),
      landUseClass: t.arg.string({ description: "A land-use class code; includes its finer classes (07 → 0701…)." }),
      keyProject: t.arg.boolean(),
      hotArea: t.arg.string({ description: "Hot-area topic slug, e.g. wuxiang." }),
      issuedFrom: t.arg.string({ description: "A permit issued on or after this day (YYYY-MM-DD)." }),
      issuedTo: t.arg.string({ description: "A permit issued on or before this day (YYYY-MM-DD)." }),
      bbox: t.arg({ type: BBoxInput, description: "Projects whose area intersects this view (WGS-84)." }),
      first: t.arg.int({ description: "Page size, 20 by default, at most 50." }),
      after: t.arg.string({ description: "endCursor of the previous page." }),
    },
    resolve: (_root, args, ctx, info) =>
      findProjects(ctx.prisma, args, queryFromInfo({ context: ctx, info, path: ["edges", "node"] }) as ProjectQuery),
  }),
  project: t.prismaField({
    type: "Project",
    description: "One published project by its code (项目代码). NOT_FOUND otherwise. Public.",
    ...PUBLIC,
    args: { code: t.arg.string({ required: true, validate: { maxLength: 60 } }) },
    resolve: async (query, _root, args, ctx) =>
      (await findProjectByCode(ctx.prisma, args.code, query as ProjectQuery)) ?? Promise.reject(notFound("项目")),
  }),
  permit: t.prismaField({
    type: "Permit",
    description:
      "A permit of a published project by its number (e.g. 建字第450100202600123号), or by all its digits (450100202600123) when no other permit shares them (otherwise BAD_USER_INPUT naming them), with its project. Public.",
    ...PUBLIC,
    args: { number: t.arg.string({ required: true, validate: { maxLength: 80 } }) },
    resolve: async (query, _root, args, ctx) =>
      (await findPermitByNumber(ctx.prisma, args.number, query)) ?? Promise.reject(notFound("许可证")),
  }),
  projectFacets: t.field({
    type: ProjectFacetsRef,
    description: "Counts per district, stage, land-use class and hot area, for the filter UI. Public.",
    ...PUBLIC,
    resolve: (_root, _args, ctx) => projectFacets(ctx.prisma),
  }),
}));
