// Bulk import of projects and permits from the approval system's export (CSV or .xlsx). One row
// per permit; the project's columns repeat on each of its rows (or stay blank after the first).
// Every row is checked first and every problem listed with its row number; then, in one
// transaction, each project becomes a new draft item, or a new draft revision (with a change note)
// of the item that already has its project code. Nothing is half-imported.
//
// Columns (first row; Chinese names as below, or the English keys in brackets):
//   项目代码 [code]*            项目名称 [name]*          建设单位 [applicant]*    所在城区 [district]*
//   项目地址 [address]*         经度 [lng] / 纬度 [lat]   用地范围 [boundary] (GeoJSON Polygon, WGS-84)
//   用地面积 [landAreaM2] ㎡     总建筑面积 [totalFloorAreaM2] ㎡               容积率 [floorAreaRatio]
//   绿地率 [greenRatioPercent] % 建筑密度 [buildingDensityPercent] %           建筑限高 [heightLimitM] m
//   用地性质 [landUseClass]* (code or name)  项目阶段 [stage]* (选址…竣工)  重点项目 [keyProject] (是/否)
//   热点区域 [hotArea] (slug of a published 热点区域 page, e.g. wuxiang-core)
//   许可证类型 [permitType]     许可证号 [permitNumber]   发证日期 [issuedOn]    发证机关 [issuingOrgan]
//   许可内容 [scope]            许可证状态 [permitStatus] (有效/变更/注销)
//   变更日期 [changeOn]         变更内容 [changeWhat]     变更原因 [changeReason]
// (* required for each project; the position needs 经度+纬度 or 用地范围). A row without 许可证号 is
// a project without permits yet; a permit on several rows adds one change per row.
import type { ContentItem } from "../../generated/prisma/client.js";
import type { PermitType } from "../../generated/prisma/enums.js";
import {
  createItemDraftInTx,
  lockItem,
  type PublishingDeps,
  type StaffActor,
  saveDraftInTx,
} from "../publishing/publishing.service.js";
import { createItem, draftContent } from "../publishing/publishing.validation.js";
import { publishedHotAreas, unknownHotAreaMessage } from "../topics/hot-areas.js";
import { type ImportFormat, readSheet } from "./import-file.js";
import { landUseClassOf } from "./land-use-classes.js";
import {
  missingProjectElements,
  normalizeNumber,
  PERMIT_STATUS_LABELS,
  PERMIT_TYPE_LABELS,
  type ProjectDetails,
  projectDetailsSchema,
  STAGE_LABELS,
} from "./project-details.js";
import { findHolders, hotAreasNamedBy, permitTakenMessage } from "./projection.js";

export { type ImportFormat, MAX_IMPORT_ROWS } from "./import-file.js";

/** The column where imported projects are filed. */
export const PROJECTS_COLUMN = "projects";

const COLUMNS = {
  code: "项目代码",
  name: "项目名称",
  applicant: "建设单位",
  district: "所在城区",
  address: "项目地址",
  lng: "经度",
  lat: "纬度",
  boundary: "用地范围",
  landAreaM2: "用地面积",
  totalFloorAreaM2: "总建筑面积",
  floorAreaRatio: "容积率",
  greenRatioPercent: "绿地率",
  buildingDensityPercent: "建筑密度",
  heightLimitM: "建筑限高",
  landUseClass: "用地性质",
  stage: "项目阶段",
  keyProject: "重点项目",
  hotArea: "热点区域",
  permitType: "许可证类型",
  permitNumber: "许可证号",
  issuedOn: "发证日期",
  issuingOrgan: "发证机关",
  scope: "许可内容",
  permitStatus: "许可证状态",
  changeOn: "变更日期",
  changeWhat: "变更内容",
  changeReason: "变更原因",
} as const;
type Column = keyof typeof COLUMNS;

/** Other headers approval systems use for the same columns. */
const ALIASES: Record<string, Column> = {
  行政区: "district",
  所在区: "district",
  区县: "district",
  地址: "address",
  建设地点: "address",
  项目位置: "address",
  用地单位: "applicant",
  申请单位: "applicant",
  用地面积平方米: "landAreaM2",
  总建筑面积平方米: "totalFloorAreaM2",
  限高: "heightLimitM",
  用地分类: "landUseClass",
  用地类型: "landUseClass",
  阶段: "stage",
  证书类型: "permitType",
  证书编号: "permitNumber",
  许可证编号: "permitNumber",
  核发日期: "issuedOn",
  发证时间: "issuedOn",
  核发机关: "issuingOrgan",
  建设规模: "scope",
  证书状态: "permitStatus",
  状态: "permitStatus",
};

const PROJECT_COLUMNS: readonly Column[] = [
  "name",
  "applicant",
  "district",
  "address",
  "lng",
  "lat",
  "boundary",
  "landAreaM2",
  "totalFloorAreaM2",
  "floorAreaRatio",
  "greenRatioPercent",
  "buildingDensityPercent",
  "heightLimitM",
  "landUseClass",
  "stage",
  "keyProject",
  "hotArea",
];
const PERMIT_COLUMNS: readonly Column[] = ["permitType", "issuedOn", "issuingOrgan", "scope", "permitStatus"];

/** The column a header names: 项目代码, code, 用地面积（㎡）, 绿地率(%)… */
function columnOf(header: string): Column | undefined {
  const bare = header.replace(/[（(][^）)]*[）)]/g, "").replace(/\s+/g, "");
  if (bare in COLUMNS) return bare as Column;
  const byLabel = (Object.entries(COLUMNS) as Array<[Column, string]>).find(([, label]) => label === bare);
  return byLabel?.[0] ?? ALIASES[bare];
}

export interface ImportRowError {
  /** The row in the sheet (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** The column key (code, permitNumber…), when one column is at fault. */
  field: string | null;
  message: string;
}

export type ImportResult =
  | { ok: true; created: ContentItem[]; updated: ContentItem[] }
  | { ok: false; errors: ImportRowError[] };

const fileError = (message: string): ImportResult => ({ ok: false, errors: [{ row: 0, field: null, message }] });

type Cells = Partial<Record<Column, string>>;

/** A project's rows and the details they describe. */
interface ProjectRows {
  code: string;
  rows: Array<{ row: number; cells: Cells }>;
}

const byLabel = <T extends string>(labels: Record<T, string>, value: string, extra: Record<string, T> = {}) => {
  const v = value.trim();
  const key = (Object.keys(labels) as T[]).find((k) => k === v.toUpperCase() || labels[k] === v);
  return key ?? extra[v];
};

const SHORT_PERMIT_TYPES: Record<string, PermitType> = {
  选址意见书: "SITE_SELECTION_OPINION",
  用地规划许可证: "LAND_USE_PERMIT",
  工程规划许可证: "WORKS_PERMIT",
  规划核实: "VERIFICATION_CERTIFICATE",
  核实合格证: "VERIFICATION_CERTIFICATE",
};

/** 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 → 2026-03-01; anything else unchanged (and refused). */
function dayOf(value: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}` : value.trim();
}

/** "12,345.6", "35%", "12345㎡" → a number; not a number → the text (the details schema explains). */
function numberOf(value: string): number | string {
  const n = Number(value.replace(/[,，\s]|%|％|㎡|平方米|米|m$/gi, ""));
  return value.trim() !== "" && Number.isFinite(n) ? n : value;
}

type RowIssue = { column: Column | null; message: string };

/** The details of one project from its rows, or what is wrong with which row. */
function assemble(project: ProjectRows): { details: unknown; issues: Array<RowIssue & { row: number }> } {
  const issues: Array<RowIssue & { row: number }> = [];
  const first = project.rows[0]?.row ?? 0;
  // Project columns: the first non-blank value; a different one later is a mistake in the export.
  const value: Cells = {};
  const seenAt: Partial<Record<Column, number>> = {};
  for (const { row, cells } of project.rows) {
    for (const column of PROJECT_COLUMNS) {
      const v = cells[column];
      if (!v) continue;
      if (value[column] === undefined) {
        value[column] = v;
        seenAt[column] = row;
      } else if (value[column] !== v) {
        issues.push({
          row,
          column,
          message: `${COLUMNS[column]}与第 ${seenAt[column]} 行（同一项目代码 ${project.code}）不一致：“${v}”≠“${value[column]}”`,
        });
      }
    }
  }
  const rowOf = (column: Column) => seenAt[column] ?? first;
  const details: Record<string, unknown> = { code: project.code };
  const text = (column: Column, key: string = column) => {
    if (value[column] !== undefined) details[key] = value[column];
  };
  text("name");
  text("applicant");
  text("district");
  text("address");
  text("hotArea");
  for (const column of [
    "landAreaM2",
    "totalFloorAreaM2",
    "floorAreaRatio",
    "greenRatioPercent",
    "buildingDensityPercent",
    "heightLimitM",
  ] as const) {
    if (value[column] !== undefined) details[column] = numberOf(value[column]);
  }
  if (value.landUseClass !== undefined) {
    const found = landUseClassOf(value.landUseClass);
    if (found) details.landUseClass = found.code;
    else
      issues.push({
        row: rowOf("landUseClass"),
        column: "landUseClass",
        message: `用地性质“${value.landUseClass}”不在国土空间用地用海分类中，请填写分类代码（如 0701）或名称（如 城镇住宅用地）`,
      });
  }
  if (value.stage !== undefined) {
    const stage = byLabel(STAGE_LABELS, value.stage);
    if (stage) details.stage = stage;
    else
      issues.push({
        row: rowOf("stage"),
        column: "stage",
        message: `项目阶段应为${Object.values(STAGE_LABELS).join("、")}之一`,
      });
  }
  if (value.keyProject !== undefined) {
    const v = value.keyProject.toLowerCase();
    if (["是", "true", "1", "y", "yes"].includes(v)) details.keyProject = true;
    else if (["否", "false", "0", "n", "no"].includes(v)) details.keyProject = false;
    else issues.push({ row: rowOf("keyProject"), column: "keyProject", message: "重点项目应填 是 或 否" });
  }
  if (value.boundary !== undefined) {
    try {
      details.location = JSON.parse(value.boundary);
    } catch {
      issues.push({
        row: rowOf("boundary"),
        column: "boundary",
        message: '用地范围应为 GeoJSON，如 {"type":"Polygon","coordinates":[[[108.3,22.8],…]]}',
      });
    }
  } else if (value.lng !== undefined || value.lat !== undefined) {
    details.location = { type: "Point", coordinates: [numberOf(value.lng ?? ""), numberOf(value.lat ?? "")] };
  }

  // Permits, in the order they first appear; a permit on several rows collects their changes.
  const permits = new Map<string, { row: number; permit: Record<string, unknown>; cells: Cells }>();
  for (const { row, cells } of project.rows) {
    if (!cells.permitNumber) {
      if (PERMIT_COLUMNS.some((c) => cells[c])) {
        issues.push({ row, column: "permitNumber", message: "填写了许可证信息，但缺少许可证号" });
      }
      continue;
    }
    const number = normalizeNumber(cells.permitNumber);
    let entry = permits.get(number);
    if (!entry) {
      const type = cells.permitType ? byLabel(PERMIT_TYPE_LABELS, cells.permitType, SHORT_PERMIT_TYPES) : undefined;
      if (cells.permitType && !type) {
        issues.push({
          row,
          column: "permitType",
          message: `许可证类型应为${Object.values(PERMIT_TYPE_LABELS).join("、")}之一`,
        });
      }
      const status = cells.permitStatus ? byLabel(PERMIT_STATUS_LABELS, cells.permitStatus) : "VALID";
      if (!status) issues.push({ row, column: "permitStatus", message: "许可证状态应为 有效、变更 或 注销" });
      entry = {
        row,
        cells,
        permit: {
          type: type ?? cells.permitType,
          number,
          issuedOn: cells.issuedOn ? dayOf(cells.issuedOn) : undefined,
          issuingOrgan: cells.issuingOrgan || undefined,
          scope: cells.scope ?? "",
          status: status ?? cells.permitStatus,
          changes: [],
        },
      };
      permits.set(number, entry);
    } else {
      for (const column of PERMIT_COLUMNS) {
        if (cells[column] && entry.cells[column] && cells[column] !== entry.cells[column]) {
          issues.push({
            row,
            column,
            message: `${COLUMNS[column]}与第 ${entry.row} 行（同一许可证 ${number}）不一致`,
          });
        }
      }
    }
    if (cells.changeOn || cells.changeWhat || cells.changeReason) {
      (entry.permit.changes as unknown[]).push({
        on: cells.changeOn ? dayOf(cells.changeOn) : undefined,
        what: cells.changeWhat,
        reason: cells.changeReason,
      });
    }
  }
  const permitRows = [...permits.values()].map((p) => p.row);
  details.permits = [...permits.values()].map((p) => p.permit);

  // The details schema checks everything else; each message goes to the row it is about.
  const parsed = projectDetailsSchema.safeParse(details);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index] = issue.path;
      const column = typeof head === "string" ? columnForDetailsKey(head, issue.path.slice(2)) : null;
      const row =
        head === "permits" && typeof index === "number" ? (permitRows[index] ?? first) : column ? rowOf(column) : first;
      issues.push({ row, column, message: issue.message });
    }
    return { details, issues };
  }
  const missing = missingProjectElements(parsed.data);
  if (missing.length) {
    const names = missing.map((m) => (m === "项目位置" ? "项目位置（经度和纬度，或用地范围）" : m));
    issues.push({ row: first, column: null, message: `项目 ${project.code} 缺少：${names.join("、")}` });
  }
  return { details: parsed.data, issues };
}

/** Which column a details path comes from (for the error's field). */
function columnForDetailsKey(key: string, rest: ReadonlyArray<PropertyKey>): Column | null {
  if (key === "location") return "lng";
  if (key === "permits") {
    const [field] = rest;
    const map: Record<string, Column> = {
      type: "permitType",
      number: "permitNumber",
      issuedOn: "issuedOn",
      issuingOrgan: "issuingOrgan",
      scope: "scope",
      status: "permitStatus",
      changes: "changeOn",
    };
    return typeof field === "string" ? (map[field] ?? null) : null;
  }
  return key in COLUMNS ? (key as Column) : null;
}

interface CheckedProject {
  code: string;
  firstRow: number;
  details: ProjectDetails;
}

/** Reads and checks a whole file. Nothing is written. */
export async function validateProjectImport(
  deps: PublishingDeps,
  format: ImportFormat,
  content: string,
): Promise<
  { ok: true; projects: CheckedProject[]; existing: Map<string, string> } | { ok: false; errors: ImportRowError[] }
> {
  const sheet = await readSheet(format, content);
  if (!sheet.ok) return { ok: false, errors: [{ row: 0, field: null, message: sheet.message }] };
  const columns = sheet.header.map(columnOf);
  const unknown = sheet.header.filter((h, i) => h !== "" && !columns[i]);
  if (unknown.length) {
    return {
      ok: false,
      errors: [
        {
          row: 1,
          field: null,
          message: `不认识的列：${unknown.join("、")}。可用的列：${Object.values(COLUMNS).join("、")}`,
        },
      ],
    };
  }
  if (!columns.includes("code")) return { ok: false, errors: [{ row: 1, field: "code", message: "缺少“项目代码”列" }] };

  const errors: ImportRowError[] = [];
  const projects = new Map<string, ProjectRows>();
  for (const { row, cells } of sheet.rows) {
    const mapped: Cells = {};
    sheet.header.forEach((h, i) => {
      const column = columns[i];
      if (column && cells[h]) mapped[column] = cells[h];
    });
    if (!mapped.code) {
      errors.push({ row, field: "code", message: "项目代码：缺少项目代码（每行都须填写，用于把许可证归入项目）" });
      continue;
    }
    const code = normalizeNumber(mapped.code);
    const group = projects.get(code) ?? { code, rows: [] };
    group.rows.push({ row, cells: mapped });
    projects.set(code, group);
  }

  const checked: CheckedProject[] = [];
  for (const project of projects.values()) {
    const { details, issues } = assemble(project);
    for (const issue of issues) {
      const label = issue.column ? COLUMNS[issue.column] : null;
      errors.push({
        row: issue.row,
        field: issue.column,
        message: label && !issue.message.startsWith(label) ? `${label}：${issue.message}` : issue.message,
      });
    }
    if (issues.length === 0) {
      checked.push({ code: project.code, firstRow: project.rows[0]?.row ?? 0, details: details as ProjectDetails });
    }
  }

  // The same permit in two projects of the file.
  const permitOwner = new Map<string, { code: string; row: number }>();
  for (const p of projects.values()) {
    for (const { row, cells } of p.rows) {
      if (!cells.permitNumber) continue;
      const number = normalizeNumber(cells.permitNumber);
      const owner = permitOwner.get(number);
      if (owner && owner.code !== p.code) {
        errors.push({
          row,
          field: "permitNumber",
          message: `许可证号：${number} 在第 ${owner.row} 行属于项目 ${owner.code}，同一许可证不能属于两个项目`,
        });
      } else if (!owner) permitOwner.set(number, { code: p.code, row });
    }
  }

  // Projects already here: the item holding each code gets a new revision. A permit number held
  // by any other project is refused, naming that project.
  const holders = await findHolders(deps.prisma, null, {
    codes: [...projects.keys()],
    numbers: [...permitOwner.keys()],
  });
  const existing = new Map(holders.codes.map((h) => [h.value, h.itemId]));
  for (const holder of holders.numbers) {
    const owner = permitOwner.get(holder.value);
    if (!owner || existing.get(owner.code) === holder.itemId) continue;
    errors.push({ row: owner.row, field: "permitNumber", message: `许可证号：${permitTakenMessage(holder)}` });
  }

  // A malformed slug was named already (by the details schema).
  const flagged = new Set(errors.filter((e) => e.field === "hotArea").map((e) => e.row));
  errors.push(...(await hotAreaErrors(deps, projects, existing)).filter((e) => !flagged.has(e.row)));

  errors.sort((a, b) => a.row - b.row);
  return errors.length ? { ok: false, errors } : { ok: true, projects: checked, existing };
}

/**
 * 热点区域 must name a published hot-area page (topics/hot-areas.ts), on the row that gives it; a
 * project already here may keep the one it names even if that page has gone offline since.
 */
async function hotAreaErrors(
  deps: PublishingDeps,
  projects: ReadonlyMap<string, ProjectRows>,
  existing: ReadonlyMap<string, string>,
): Promise<ImportRowError[]> {
  const named = [...projects.values()].flatMap((p) => {
    const at = p.rows.find((r) => r.cells.hotArea?.trim());
    return at ? [{ code: p.code, row: at.row, slug: (at.cells.hotArea as string).trim() }] : [];
  });
  if (named.length === 0) return [];
  const areas = await publishedHotAreas(deps.prisma);
  const unknown = named.flatMap((n) => {
    const message = unknownHotAreaMessage(n.slug, areas);
    return message ? [{ ...n, message }] : [];
  });
  if (unknown.length === 0) return [];
  const kept = await hotAreasNamedBy(
    deps.prisma,
    unknown.flatMap((n) => existing.get(n.code) ?? []),
  );
  return unknown
    .filter((n) => !kept.get(existing.get(n.code) ?? "")?.has(n.slug))
    .map((n) => ({ row: n.row, field: "hotArea", message: n.message }));
}

/** Why a store step failed: rolls the whole import back and names the row. */
class ImportAborted extends Error {
  constructor(readonly failure: ImportRowError) {
    super(failure.message);
  }
}

// Hundreds of projects on the embedded database take longer than Prisma's 5 s default.
const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** What changed, for the change note citizens see under the updated project. */
export function describeChanges(before: ProjectDetails | null, after: ProjectDetails): string {
  if (!before) return "根据审批系统数据更新项目信息";
  const notes: string[] = [];
  if (before.stage !== after.stage && after.stage) notes.push(`项目阶段更新为“${STAGE_LABELS[after.stage]}”`);
  const old = new Map(before.permits.map((p) => [p.number, p]));
  for (const p of after.permits) {
    const was = old.get(p.number);
    if (!was) notes.push(`新增${PERMIT_TYPE_LABELS[p.type]} ${p.number}`);
    else if (was.status !== p.status) notes.push(`${p.number} 状态变为“${PERMIT_STATUS_LABELS[p.status]}”`);
  }
  const now = new Set(after.permits.map((p) => p.number));
  for (const p of before.permits) if (!now.has(p.number)) notes.push(`移除许可证 ${p.number}`);
  return notes.length ? `根据审批系统数据更新：${notes.join("；")}` : "根据审批系统数据更新项目信息";
}

/** Imports a checked file: all projects or none. Only editors (信息采编) draft. */
export async function importProjects(
  deps: PublishingDeps,
  actor: StaffActor,
  input: { format: ImportFormat; content: string },
): Promise<ImportResult> {
  if (!actor.roles.includes("EDITOR")) return fileError("只有信息采编可以导入项目");
  const checked = await validateProjectImport(deps, input.format, input.content);
  if (!checked.ok) return checked;

  let result: { created: ContentItem[]; updated: ContentItem[] };
  try {
    result = await deps.prisma.$transaction(async (tx) => {
      const created: ContentItem[] = [];
      const updated: ContentItem[] = [];
      for (const project of checked.projects) {
        const d = project.details;
        const itemId = checked.existing.get(project.code);
        const fail = (message: string, field: string | null = null) =>
          new ImportAborted({ row: project.firstRow, field, message: `项目 ${project.code}：${message}` });
        if (itemId) {
          const item = await lockItem(tx, deps, itemId);
          const last = await tx.contentRevision.findFirst({ where: { itemId }, orderBy: { number: "desc" } });
          const before = projectDetailsSchema.safeParse(last?.details);
          const wasPublished = item.liveRevisionId !== null;
          const saved = await saveDraftInTx(
            tx,
            deps,
            actor,
            item,
            draftContent.parse({
              title: d.name,
              summary: last?.summary ?? null,
              body: last?.body ?? "",
              coverImageUrl: last?.coverImageUrl ?? null,
              attachments: last?.attachments ?? [],
              tags: last?.tags ?? [],
              // Permits are what citizens check: a change to a published project is shown with its note.
              major: wasPublished,
              changeNote: describeChanges(before.success ? before.data : null, d),
              detailsJson: JSON.stringify(d),
            }),
          );
          if (!saved.ok) throw fail(saved.message, saved.field ?? null);
          updated.push(saved.item);
        } else {
          const saved = await createItemDraftInTx(
            tx,
            deps,
            actor,
            createItem.parse({
              kind: "PROJECT",
              columnSlug: PROJECTS_COLUMN,
              title: d.name,
              summary: `${d.district ?? ""}${d.address ?? ""}，建设单位：${d.applicant ?? ""}`,
              body: "",
              detailsJson: JSON.stringify(d),
            }),
            d,
          );
          if (!saved.ok) throw fail(saved.message, saved.field ?? null);
          created.push(saved.item);
        }
      }
      return { created, updated };
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (error instanceof ImportAborted) return { ok: false, errors: [error.failure] };
    throw error;
  }
  await deps.audit.record({
    action: "projects.import",
    targetType: "ContentItem",
    detail: {
      format: input.format,
      created: result.created.length,
      updated: result.updated.length,
      codes: checked.projects.map((p) => p.code),
    },
  });
  return { ok: true, ...result };
}
