// The demo projects' pictures, documents and 3D models, stored through the media module as an
// editor's uploads are (seed/media/demo-media.ts storeFile: type check, WebP re-encoding of images,
// content-addressed files served at /media/<sha256>.<ext>), and named in the projects' details.
//
// Who gets what, as a bureau's project pages would have it:
//   总平面图 (site plan): the key projects, and the town parcels at 批后公示 or later;
//   鸟瞰示意图 and a 3D model (.glb of the massing): the few key projects of MODEL_PROJECTS;
//   the latest permit (选址意见书 … 规划核实合格证) as a PDF summary: every project with a site plan;
//   批后公布牌 (the board posted on site after approval): projects at 批后公示 or later with a
//   works permit and a site plan.
// Only projects being created ask for media; the same project gives the same bytes, and so the
// same asset, on every run and machine.
import sharp from "sharp";
import type { MediaAsset } from "../../generated/prisma/client.js";
import { type MediaDeps, publicAsset } from "../../modules/media/media.service.js";
import {
  PERMIT_TYPE_LABELS,
  type PermitDetails,
  type ProjectDetails,
  STAGE_LABELS,
} from "../../modules/projects/project-details.js";
import { ISSUING_ORGAN } from "../content/spec.js";
import { storeFile } from "../media/demo-media.js";
import { type DemoDocument, demoDocumentPdf } from "../media/documents.js";
import type { ProjectSeed } from "./catalog.js";
import { aerialSvg, sitePlanSvg } from "./drawings.js";
import { massingOf } from "./massing.js";
import { massingGlb } from "./model.js";

/** Key projects far enough along to have a design: an aerial sketch and a 3D model. */
export const MODEL_PROJECTS: ReadonlySet<string> = new Set([
  "asean-tower",
  "wuxiang-core-office",
  "wuxiang-lake-museum",
  "liangqing-hospital",
  "minsheng-renewal",
]);

const STAGE_ORDER = Object.keys(STAGE_LABELS);
const atLeast = (d: ProjectDetails, stage: keyof typeof STAGE_LABELS) =>
  STAGE_ORDER.indexOf(d.stage ?? "SITE_SELECTION") >= STAGE_ORDER.indexOf(stage);

/** Key projects, and town projects drawn as their parcel once approved and posted (批后公示 on). */
export const hasSitePlan = (seed: ProjectSeed) =>
  seed.keyProject === true ||
  (!seed.rural &&
    seed.parcel !== undefined &&
    STAGE_ORDER.indexOf(seed.stage) >= STAGE_ORDER.indexOf("POST_APPROVAL_PUBLICITY"));

/** The media fields of a project's details. */
export type ProjectMediaFields = Pick<ProjectDetails, "images" | "documents" | "modelUrl">;

type StoredFile = ProjectDetails["images"][number];

interface Job {
  key: string;
  field: "images" | "documents" | "modelUrl";
  name: string;
  /** The bytes and the name they are uploaded under. */
  make(): Promise<{ data: Uint8Array; filename: string }>;
}

/**
 * Pictures are rasterised at 960 × 720 (the drawings' 1200 × 900 at 0.8: wide enough for a phone
 * at 2× and a desktop column, and a third fewer pixels to encode than 1200 × 900).
 */
const PICTURE_DENSITY = 72 * 0.8;

const picture = (svg: string) => async () =>
  sharp(Buffer.from(svg), { density: PICTURE_DENSITY }).removeAlpha().png({ compressionLevel: 1 }).toBuffer();

/** What each project gets, in a fixed order. */
export function projectMediaJobs(projects: ReadonlyArray<{ seed: ProjectSeed; details: ProjectDetails }>): Job[] {
  const jobs: Job[] = [];
  for (const { seed, details: d } of projects) {
    if (!hasSitePlan(seed)) continue;
    const massing = massingOf(seed.key, d);
    const name = d.name ?? seed.name;
    const add = (field: Job["field"], title: string, make: Job["make"]) =>
      jobs.push({ key: seed.key, field, name: title, make });
    add("images", "总平面图（示意）", async () => ({
      data: await picture(sitePlanSvg(d, massing))(),
      filename: `${name}-总平面图.png`,
    }));
    if (MODEL_PROJECTS.has(seed.key)) {
      add("images", "鸟瞰示意图", async () => ({
        data: await picture(aerialSvg(d, massing))(),
        filename: `${name}-鸟瞰示意图.png`,
      }));
      add("modelUrl", `${name}体块模型.glb`, async () => ({
        data: massingGlb({ name, origin: seed.at, massing }),
        filename: `${name}体块模型.glb`,
      }));
    }
    const permit = latestPermit(d);
    if (permit) {
      const document = permitSummary(d, permit);
      add("documents", document.name, async () => ({ data: await demoDocumentPdf(document), filename: document.name }));
    }
    const works = d.permits.filter((p) => p.type === "WORKS_PERMIT" && p.status !== "REVOKED").at(-1);
    if (works && atLeast(d, "POST_APPROVAL_PUBLICITY")) {
      const document = publicityBoard(d, works);
      add("documents", document.name, async () => ({ data: await demoDocumentPdf(document), filename: document.name }));
    }
  }
  return jobs;
}

/** The certificate the project holds now: its latest permit that was not revoked. */
const latestPermit = (d: ProjectDetails) => d.permits.filter((p) => p.status !== "REVOKED").at(-1);

const fmt = (v: number | undefined, unit: string) => (v === undefined ? "—" : `${v.toLocaleString("zh-CN")}${unit}`);

/** The permit as a one-page summary: what the certificate says, field by field. */
function permitSummary(d: ProjectDetails, p: PermitDetails): DemoDocument {
  const label = PERMIT_TYPE_LABELS[p.type];
  return {
    name: `${label}（${p.number}）.pdf`,
    organ: p.issuingOrgan,
    itemTitle: d.name ?? "",
    paragraphs: [
      `${label}  ${p.number}`,
      "根据《中华人民共和国城乡规划法》和国家有关规定，经审核，本建设项目符合国土空间规划和用途管制要求，颁发此证。",
      `用地单位（建设单位）：${d.applicant ?? ""}`,
      `项目名称：${d.name ?? ""}`,
      `项目代码：${d.code ?? ""}`,
      `建设位置：${d.address ?? ""}`,
      `许可内容：${p.scope}`,
      `用地面积：${fmt(d.landAreaM2, "平方米")}；总建筑面积：${fmt(d.totalFloorAreaM2, "平方米")}；容积率：${fmt(d.floorAreaRatio, "")}；建筑限高：${fmt(d.heightLimitM, "米")}。`,
      `发证机关：${p.issuingOrgan}    发证日期：${p.issuedOn}`,
      "附图及附件：总平面图。本证是经自然资源主管部门依法审核，建设项目符合国土空间规划要求的法律凭证；未取得本证或不按本证规定进行建设的，均属违法建设。",
    ],
  };
}

/** 批后公布牌: the board posted at the site from the works permit until completion. */
function publicityBoard(d: ProjectDetails, p: PermitDetails): DemoDocument {
  return {
    name: "建设工程规划许可批后公布牌.pdf",
    organ: ISSUING_ORGAN,
    itemTitle: d.name ?? "",
    paragraphs: [
      `项目名称：${d.name ?? ""}`,
      `建设单位：${d.applicant ?? ""}`,
      `建设位置：${d.address ?? ""}`,
      `建设工程规划许可证号：${p.number}（${p.issuedOn} 核发）`,
      `主要技术指标：用地面积${fmt(d.landAreaM2, "平方米")}，总建筑面积${fmt(d.totalFloorAreaM2, "平方米")}，容积率${fmt(d.floorAreaRatio, "")}，建筑密度${fmt(d.buildingDensityPercent, "%")}，绿地率${fmt(d.greenRatioPercent, "%")}，建筑限高${fmt(d.heightLimitM, "米")}。`,
      `当前阶段：${d.stage ? STAGE_LABELS[d.stage] : ""}。`,
      "公布期限：自设置之日起至建设工程竣工规划核实完成之日止。本公布牌应设置在施工现场出入口醒目位置，不得遮挡。",
      "建设单位应严格按照规划许可内容建设。对不按规划许可建设的行为，欢迎社会各界监督，监督电话：0771-0000000（演示号码）；也可登录本网站“查询”栏目核对许可内容。",
    ],
  };
}

/**
 * Makes and stores every file of these projects: pictures on sharp's threads (the media module
 * re-encodes them, two at a time), documents and models meanwhile on this thread.
 */
export async function storeProjectMedia(
  deps: MediaDeps,
  projects: ReadonlyArray<{ seed: ProjectSeed; details: ProjectDetails }>,
  uploadedById: string | null,
): Promise<Map<string, ProjectMediaFields>> {
  const jobs = projectMediaJobs(projects);
  const stored = new Map<Job, MediaAsset>();
  const run = async (job: Job) => {
    const { data, filename } = await job.make();
    stored.set(job, await storeFile(deps, data, filename, uploadedById));
  };
  const pictures = jobs.filter((j) => j.field === "images");
  const files = jobs.filter((j) => j.field !== "images");
  await Promise.all([inParallel(3, pictures, run), inParallel(2, files, run)]);

  const media = new Map<string, ProjectMediaFields>();
  for (const job of jobs) {
    const asset = stored.get(job);
    if (!asset) throw new Error(`Demo project media ${job.name} was not stored`);
    const { url, size, mimeType } = publicAsset(asset);
    const entry = media.get(job.key) ?? { images: [], documents: [], modelUrl: null };
    const file: StoredFile = { name: job.name, url, size, mimeType };
    if (job.field === "modelUrl") entry.modelUrl = url;
    else entry[job.field].push(file);
    media.set(job.key, entry);
  }
  return media;
}

async function inParallel<T>(limit: number, items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
