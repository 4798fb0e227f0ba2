// Turns ItemSpecs into rows: the item, its revisions, its registration form (信息发布审核登记表),
// and the links between them. Pure: the same specs and seed day give the same rows, ids included,
// so a fresh database always looks the same. Citizens' comments on publicity are letters, seeded
// with the other letters (seed/letters/publicity-comments.ts).

import type { Prisma } from "../../generated/prisma/client.js";
import { canonicalRevisionHash } from "../../modules/publishing/revision.js";
import { seedId } from "../ids.js";
import type { DemoMedia } from "../media/demo-media.js";
import { assignIndexNumbers } from "./index-numbers.js";
import { type Content, ISSUING_ORGAN, type ItemSpec } from "./spec.js";
import { eventTime, itemTimeline, type Timeline } from "./timeline.js";
import type { Actors } from "./workflow.js";

export interface PlanContext {
  /** Midnight (Asia/Shanghai) of the first seeding day: every date counts back from it. */
  today: Date;
  actors: Actors;
  columnIds: ReadonlyMap<string, string>;
  departmentIds: ReadonlyMap<string, string>;
  catalogIds: ReadonlyMap<string, string>;
  /** Demo items already in the database, by seed key. */
  existingIds: ReadonlyMap<string, string>;
  /** Items an earlier seed created before revisions existed: keep their id and text, add the rest. */
  legacyContent: ReadonlyMap<string, Pick<Content, "title" | "summary" | "body">>;
  takenIndexNumbers: ReadonlySet<string>;
  /** The stored covers and attachments that the specs being built name. */
  media: DemoMedia;
}

export interface ContentPlan {
  items: Prisma.ContentItemCreateManyInput[];
  updates: Array<{ id: string; data: Prisma.ContentItemUncheckedUpdateInput }>;
  revisions: Prisma.ContentRevisionCreateManyInput[];
  records: Prisma.ReviewRecordCreateManyInput[];
  /** Set once the revisions exist: items and revisions point at each other. */
  links: Array<{
    id: string;
    liveRevisionId: string | null;
    draftRevisionId: string | null;
    replacedById: string | null;
  }>;
}

/** The columns of a revision, as stored (attachment keys in their canonical order). */
const revisionContent = (c: Content, media: DemoMedia) => ({
  title: c.title,
  summary: c.summary,
  body: c.body,
  coverImageUrl: c.cover ? media.coverUrl(c.cover) : null,
  videoUrl: null,
  attachments: (c.attachments ?? []).map((f) => {
    // Spread into a plain object: Prisma's JSON input type accepts no interface.
    const { name, url, size, mimeType } = media.attachment(f.file);
    return { name, url, size, mimeType };
  }),
  tags: c.tags ?? [],
  ...(c.details === undefined ? {} : { details: c.details as Prisma.InputJsonValue }),
});

/** Plans the rows of `build`; `all` is every demo spec (replacements, index number order). */
export function planContent(all: readonly ItemSpec[], build: readonly ItemSpec[], ctx: PlanContext): ContentPlan {
  const plan: ContentPlan = { items: [], updates: [], revisions: [], records: [], links: [] };
  const byKey = new Map(all.map((s) => [s.key, s]));
  const idOf = (key: string) => ctx.existingIds.get(key) ?? seedId("item", key);
  const publishedAt = (s: ItemSpec) => eventTime(ctx.today, s);
  const indexNumbers = assignIndexNumbers(all, build, ctx.takenIndexNumbers, publishedAt);

  for (const spec of build) {
    const id = idOf(spec.key);
    const content = { ...spec, ...ctx.legacyContent.get(spec.key) };
    const replacement = spec.disclosure?.replacedBy ? byKey.get(spec.disclosure.replacedBy) : undefined;
    const timeline = itemTimeline(spec, {
      today: ctx.today,
      actors: ctx.actors,
      content,
      ...(replacement ? { replacement: { title: replacement.title, publishedAt: publishedAt(replacement) } } : {}),
    });
    const revisionId = (n: number) => seedId("revision", spec.key, String(n));

    for (const r of timeline.revisions) {
      const stored = revisionContent(r.content, ctx.media);
      plan.revisions.push({
        id: revisionId(r.number),
        itemId: id,
        number: r.number,
        ...stored,
        changeNote: r.changeNote,
        major: r.major,
        createdById: ctx.actors.editor.id,
        createdAt: r.createdAt,
        contentSha256: canonicalRevisionHash(stored),
      });
    }
    timeline.steps.forEach((s, i) => {
      plan.records.push({
        id: seedId("review", spec.key, String(i + 1)),
        itemId: id,
        revisionId: revisionId(s.revision),
        step: s.step,
        decision: s.decision,
        opinion: s.opinion,
        checklist: s.checklist,
        actorId: s.actor.id,
        actorName: s.actor.name,
        actorRoles: s.actor.roles,
        at: s.at,
      });
    });

    const row = itemRow(spec, content, timeline, ctx, indexNumbers.get(spec.key) ?? null);
    if (ctx.legacyContent.has(spec.key)) {
      // Title and body stay as they are; an absent summary becomes "" like its revision's.
      const { title: _title, body: _body, ...rest } = row;
      plan.updates.push({ id, data: { ...rest, createdAt: timeline.createdAt } });
    } else {
      plan.items.push({ id, seedKey: spec.key, ...row, createdAt: timeline.createdAt });
    }
    plan.links.push({
      id,
      liveRevisionId: timeline.liveRevision ? revisionId(timeline.liveRevision) : null,
      draftRevisionId: timeline.draftRevision ? revisionId(timeline.draftRevision) : null,
      replacedById: replacement ? idOf(replacement.key) : null,
    });
  }
  return plan;
}

function itemRow(spec: ItemSpec, content: Content, t: Timeline, ctx: PlanContext, indexNumber: string | null) {
  const state = spec.state ?? "PUBLISHED";
  const disclosure = spec.kind === "DISCLOSURE";
  return {
    kind: spec.kind,
    status: state,
    ...revisionContent(content, ctx.media),
    slug: spec.slug ?? null,
    columnId: required(ctx.columnIds, spec.column, spec.key),
    sourceDepartmentId: ctx.departmentIds.get(spec.department) ?? null,
    authorId: ctx.actors.editor.id,
    important: spec.important ?? false,
    publishedAt: t.publishedAt,
    scheduledAt: t.scheduledAt,
    withdrawnAt: t.withdrawnAt,
    withdrawReason: spec.withdrawal?.reason ?? null,
    removed: spec.withdrawal?.removed ?? false,
    expiredAt: t.expiredAt,
    reviewBy: t.reviewBy,
    // A published item being edited stays PUBLISHED; its open draft has a stage of its own.
    draftStage: spec.openDraft ? "DRAFT" : t.publishedAt ? null : (state as "DRAFT" | "IN_REVIEW" | "APPROVED"),
    indexNumber,
    catalogId: spec.disclosure ? required(ctx.catalogIds, spec.disclosure.catalog, spec.key) : null,
    documentNumber: spec.disclosure?.documentNumber ?? null,
    issuingOrgan: disclosure ? ISSUING_ORGAN : null,
    disclosureMode: disclosure ? (spec.disclosure?.mode ?? "PROACTIVE") : null,
    validity: disclosure ? (spec.disclosure?.validity ?? "VALID") : null,
    publicityType: spec.publicity?.type ?? null,
    commentOpensAt: t.commentOpensAt,
    commentClosesAt: t.commentClosesAt,
    updatedAt: t.updatedAt,
  } satisfies Omit<Prisma.ContentItemCreateManyInput, "id">;
}

function required(ids: ReadonlyMap<string, string>, key: string, item: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed item ${item} names unknown ${key}`);
  return id;
}
