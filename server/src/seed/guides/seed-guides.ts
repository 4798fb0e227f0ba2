// Seeds the demo service guides as GUIDE content items, published through the same planned
// workflow as the demo content (seed/content/plan.ts: revisions hashed with their details, a
// complete registration form). Their forms are stored first through the media module, so the
// details can name the files' URLs. Only missing guides are written, and only their forms made.
import type { PrismaClient } from "../../db/index.js";
import { type GuideDetails, guideDetailsShape } from "../../modules/guides/guide-details.js";
import { publicAsset } from "../../modules/media/media.service.js";
import type { ItemSpec } from "../content/spec.js";
import { paragraphs } from "../content/spec.js";
import { type SeedContentContext, seedContent } from "../content/write.js";
import { storeFile } from "../media/demo-media.js";
import { type GuideForm, guideFormPdf } from "./guide-forms.js";
import { GUIDES, type GuideSeed, OFFICE } from "./guides.js";

export const guideKey = (guide: Pick<GuideSeed, "slug">) => `guide-${guide.slug}`;

interface FormUrls {
  templateUrl: string;
  sampleUrl: string;
}

/** Creates the missing demo guides; returns how many it created. */
export async function seedGuides(prisma: PrismaClient, ctx: SeedContentContext): Promise<number> {
  const existing = await prisma.contentItem.findMany({
    where: { seedKey: { in: GUIDES.map(guideKey) } },
    select: { seedKey: true },
  });
  const seeded = new Set(existing.map((e) => e.seedKey));
  const missing = GUIDES.filter((guide) => !seeded.has(guideKey(guide)));
  if (missing.length === 0) return 0;
  const forms = await storeForms(prisma, ctx, missing);
  return seedContent(
    prisma,
    ctx,
    missing.map((guide) => guideSpec(guide, forms)),
  );
}

/** The blank form and filled sample of every form these guides offer, each stored once. */
async function storeForms(
  prisma: PrismaClient,
  ctx: SeedContentContext,
  guides: readonly GuideSeed[],
): Promise<Map<string, FormUrls>> {
  const forms = new Map<string, GuideForm>();
  for (const guide of guides) for (const m of guide.materials) if (m.download) forms.set(m.download.file, m.download);
  const deps = { prisma, store: ctx.mediaStore };
  const urls = new Map<string, FormUrls>();
  const stored = async (form: GuideForm, filled: boolean) => {
    const name = `${form.title}（${filled ? "填写样例" : "空白表格"}）.pdf`;
    return publicAsset(await storeFile(deps, await guideFormPdf(form, filled), name, ctx.actors.editor.id)).url;
  };
  // One form at a time, its two PDFs side by side: each takes a few ms (pdf-lib, a media row).
  for (const form of forms.values()) {
    const [templateUrl, sampleUrl] = await Promise.all([stored(form, false), stored(form, true)]);
    urls.set(form.file, { templateUrl, sampleUrl });
  }
  return urls;
}

/** The guide's details as the editor would have saved them: parsed by the guide schema. */
export function guideDetails(guide: GuideSeed, forms: ReadonlyMap<string, FormUrls>): GuideDetails {
  return guideDetailsShape.parse({
    slug: guide.slug,
    itemName: guide.itemName,
    category: guide.category,
    ...OFFICE,
    legalBasis: guide.legalBasis,
    conditions: guide.conditions,
    materials: guide.materials.map(({ download, ...material }) => {
      const urls = download ? forms.get(download.file) : undefined;
      if (download && !urls) throw new Error(`Form ${download.file} was not stored`);
      return { ...material, templateUrl: urls?.templateUrl ?? null, sampleUrl: urls?.sampleUrl ?? null };
    }),
    steps: guide.steps,
    statutoryDays: guide.statutoryDays,
    promisedDays: guide.promisedDays,
    // Planning approvals carry no fee.
    fees: [],
    faq: guide.faq,
    relatedLaws: guide.relatedLaws.map((name) => ({ name })),
  });
}

/** The closing paragraph of every guide page: tracking and legal remedies (行政复议法, 行政诉讼法). */
const REMEDIES =
  "办理进度可凭受理通知书在广西数字政务一体化平台查询。对许可决定不服的，可以自知道该决定之日起六十日内依法申请行政复议，或者自知道之日起六个月内依法提起行政诉讼。";

function guideSpec(guide: GuideSeed, forms: ReadonlyMap<string, FormUrls>): ItemSpec {
  return {
    key: guideKey(guide),
    slug: guide.slug,
    kind: "GUIDE",
    column: "guides",
    department: guide.department,
    daysAgo: guide.daysAgo,
    title: guide.itemName,
    summary: guide.summary,
    body: paragraphs(...guide.body, REMEDIES),
    tags: ["办事指南", guide.category],
    details: guideDetails(guide, forms),
  };
}
