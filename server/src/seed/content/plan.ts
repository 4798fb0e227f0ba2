// Turns ItemSpecs into rows: the item, its revisions, its registration form (信息发布审核登记表),
// publicity comments, and the links between them. Pure: the same specs and seed day give the same
// rows, ids included, so a fresh database always looks the same.
import { DAY, HOUR, MINUTE } from "../../clock.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { ContentKind, ReviewDecision, ReviewStep } from "../../generated/prisma/enums.js";
import { ORGAN_CODE } from "../disclosure-catalog.js";
import { seedId } from "../ids.js";
import { canonicalRevisionHash } from "../revision-hash.js";
import { createRng, type Rng } from "../rng.js";
import { type Content, ISSUING_ORGAN, type ItemSpec } from "./spec.js";

export interface Actor {
  id: string;
  name: string;
  roles: string;
}
export type Actors = Record<"editor" | "checker" | "depthead" | "leader", Actor>;

export interface PlanContext {
  /** Midnight (Asia/Shanghai) of the first seeding day: every date counts back from it. */
  today: Date;
  actors: Actors;
  columnIds: ReadonlyMap<string, string>;
  departmentIds: ReadonlyMap<string, string>;
  catalogIds: ReadonlyMap<string, string>;
  /** Demo items already in the database, by seed key. */
  existingIds: ReadonlyMap<string, string>;
  /** Items seeded before revisions existed: keep their id and visible content, add the rest. */
  legacyContent: ReadonlyMap<string, Pick<Content, "title" | "summary" | "body">>;
  takenIndexNumbers: ReadonlySet<string>;
}

export interface ContentPlan {
  items: Prisma.ContentItemCreateManyInput[];
  updates: Array<{ id: string; data: Prisma.ContentItemUncheckedUpdateInput }>;
  revisions: Prisma.ContentRevisionCreateManyInput[];
  records: Prisma.ReviewRecordCreateManyInput[];
  comments: Prisma.PublicityCommentCreateManyInput[];
  /** Set once the revisions exist (the foreign keys run both ways). */
  links: Array<{
    id: string;
    liveRevisionId: string | null;
    draftRevisionId: string | null;
    replacedById: string | null;
  }>;
}

export const CONFIDENTIALITY_CHECKLIST = { noStateSecrets: true, noPersonalData: true, noInternalOnly: true };

/** 信息时效确认: when staff must next confirm a published item. */
export function reviewByFor(kind: ContentKind, publishedAt: Date, commentClosesAt: Date | null): Date {
  if (kind === "PUBLICITY" && commentClosesAt) return new Date(commentClosesAt.getTime() + 30 * DAY);
  const days = kind === "NOTICE" || kind === "DISCLOSURE" ? 180 : 365;
  return new Date(publishedAt.getTime() + days * DAY);
}

/** After a timeliness confirmation, the next one is due in 180 days. */
const CONFIRMED_FOR = 180 * DAY;

const EVER_PUBLISHED = new Set(["PUBLISHED", "WITHDRAWN", "EXPIRED"]);
const WINDOW_DAYS = { PLAN_DRAFT: 30, PRE_APPROVAL: 10 } as const;

const OPINIONS = {
  SUBMIT: ["请审核。", "请审核发布。", "已按审核登记表要求填写，请审核。"],
  PUBLICATION_REVIEW: [
    "内容属实，表述规范，同意发布。",
    "经核对，数据与来源文件一致，同意发布。",
    "文字已校对，同意发布。",
    "信息来源清楚，内容准确，同意。",
  ],
  CONFIDENTIALITY_REVIEW: [
    "经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开。",
    "已按保密审查要点逐项审查，可以公开。",
  ],
  DEPT_APPROVAL: ["同意。", "同意发布。", "同意，请按程序发布。"],
  LEADER_APPROVAL: ["同意发布。", "同意。此件为重要信息，请及时发布并报送市公开办。"],
} as const;

interface Step {
  step: ReviewStep;
  decision: ReviewDecision;
  actor: Actor;
  opinion?: string;
  checklist?: typeof CONFIDENTIALITY_CHECKLIST;
}

function approvals(spec: ItemSpec, a: Actors, r: Rng): Step[] {
  const steps: Step[] = [
    { step: "SUBMIT", decision: "DONE", actor: a.editor, opinion: r.pick(OPINIONS.SUBMIT) },
    {
      step: "PUBLICATION_REVIEW",
      decision: "APPROVED",
      actor: a.checker,
      opinion: r.pick(OPINIONS.PUBLICATION_REVIEW),
    },
    {
      step: "CONFIDENTIALITY_REVIEW",
      decision: "APPROVED",
      actor: a.checker,
      opinion: r.pick(OPINIONS.CONFIDENTIALITY_REVIEW),
      checklist: CONFIDENTIALITY_CHECKLIST,
    },
    { step: "DEPT_APPROVAL", decision: "APPROVED", actor: a.depthead, opinion: r.pick(OPINIONS.DEPT_APPROVAL) },
  ];
  if (spec.important) {
    steps.push({
      step: "LEADER_APPROVAL",
      decision: "APPROVED",
      actor: a.leader,
      opinion: r.pick(OPINIONS.LEADER_APPROVAL),
    });
  }
  return steps;
}

const contentOf = (c: Content) => ({
  title: c.title,
  summary: c.summary,
  body: c.body,
  coverImageUrl: c.coverImageUrl ?? null,
  videoUrl: c.videoUrl ?? null,
  attachments: (c.attachments ?? []).map((f) => ({ name: f.name, url: f.url, size: f.size, mimeType: f.mimeType })),
  tags: c.tags ?? [],
});

export function planContent(all: readonly ItemSpec[], build: readonly ItemSpec[], ctx: PlanContext): ContentPlan {
  const plan: ContentPlan = { items: [], updates: [], revisions: [], records: [], comments: [], links: [] };
  const byKey = new Map(all.map((s) => [s.key, s]));
  const idOf = (key: string) => ctx.existingIds.get(key) ?? seedId("item", key);
  const at = (daysAgo: number, minuteOfDay: number) =>
    new Date(ctx.today.getTime() - daysAgo * DAY + minuteOfDay * MINUTE);
  const eventAt = (s: ItemSpec) => at(s.daysAgo, s.minuteOfDay ?? 9 * 60);
  const indexNumbers = assignIndexNumbers(all, build, ctx, eventAt);

  for (const spec of build) {
    const r = createRng(`timeline:${spec.key}`);
    const id = idOf(spec.key);
    const state = spec.state ?? "PUBLISHED";
    const published = EVER_PUBLISHED.has(state);
    const end = eventAt(spec);
    const base = { ...spec, ...ctx.legacyContent.get(spec.key) };
    const contents = [...(spec.earlierRevisions ?? []).map((e) => ({ ...base, ...e })), base].map(contentOf);
    const revisionId = (n: number) => seedId("revision", spec.key, String(n));
    const final = contents.length;

    // The review steps, ending at `end` (or just before the reworked draft after a rejection).
    let flow: Step[] = [];
    if (published)
      flow = [...approvals(spec, ctx.actors, r), { step: "PUBLISH", decision: "DONE", actor: ctx.actors.editor }];
    else if (state === "APPROVED") flow = approvals(spec, ctx.actors, r);
    else if (state === "IN_REVIEW") flow = approvals(spec, ctx.actors, r).slice(0, 1 + (spec.reviewedSteps ?? 0));
    else if (spec.rejection) {
      if (final < 2) throw new Error(`Seed item ${spec.key}: a rejection needs an earlier revision`);
      flow = [
        { step: "SUBMIT", decision: "DONE", actor: ctx.actors.editor, opinion: "请审核。" },
        {
          step: "PUBLICATION_REVIEW",
          decision: "REJECTED",
          actor: ctx.actors.checker,
          opinion: spec.rejection.opinion,
        },
      ];
    }
    const flowEnd = spec.rejection ? new Date(end.getTime() - r.int(60, 180) * MINUTE) : end;
    const times = flow.map(() => flowEnd);
    for (let i = flow.length - 2; i >= 0; i--) {
      times[i] = new Date((times[i + 1] as Date).getTime() - r.int(50, 240) * MINUTE);
    }

    // Revisions: saved before the submission, a few hours apart; a rework is saved at `end`.
    const submitted = spec.rejection ? final - 1 : final;
    const savedAt: Date[] = [];
    savedAt[submitted - 1] = flow.length ? new Date((times[0] as Date).getTime() - r.int(20, 90) * MINUTE) : end;
    for (let n = submitted - 2; n >= 0; n--) {
      savedAt[n] = new Date((savedAt[n + 1] as Date).getTime() - r.int(2, 26) * HOUR);
    }
    if (spec.rejection) savedAt[final - 1] = end;
    contents.forEach((c, i) => {
      plan.revisions.push({
        id: revisionId(i + 1),
        itemId: id,
        number: i + 1,
        ...c,
        changeNote: null,
        major: false,
        createdById: ctx.actors.editor.id,
        createdAt: savedAt[i] as Date,
        contentSha256: canonicalRevisionHash(c),
      });
    });

    const records: Prisma.ReviewRecordCreateManyInput[] = flow.map((s, i) => ({
      itemId: id,
      revisionId: revisionId(submitted),
      step: s.step,
      decision: s.decision,
      opinion: s.opinion ?? null,
      ...(s.checklist ? { checklist: s.checklist } : {}),
      actorId: s.actor.id,
      actorName: s.actor.name,
      actorRoles: s.actor.roles,
      at: times[i] as Date,
    }));
    const record = (step: ReviewStep, actor: Actor, when: Date, opinion: string, revision = final) =>
      records.push({
        itemId: id,
        revisionId: revisionId(revision),
        step,
        decision: "DONE",
        opinion,
        actorId: actor.id,
        actorName: actor.name,
        actorRoles: actor.roles,
        at: when,
      });

    // Publicity windows open at publication.
    const windowDays = spec.publicity ? WINDOW_DAYS[spec.publicity.type as keyof typeof WINDOW_DAYS] : undefined;
    const opensAt = published && windowDays ? end : null;
    const closesAt = opensAt && windowDays ? new Date(startOfDay(opensAt).getTime() + windowDays * DAY) : null;

    let reviewBy: Date | null = null;
    let updatedAt = savedAt[final - 1] as Date;
    if (published) updatedAt = end;
    if (state === "PUBLISHED") {
      reviewBy = reviewByFor(spec.kind, end, closesAt);
      if (reviewBy < ctx.today && !spec.overdue) {
        const confirmedAt = new Date(reviewBy.getTime() - 2 * DAY);
        record("TIMELINESS_CONFIRM", ctx.actors.editor, confirmedAt, "经核实，信息内容仍然准确有效，继续公开。");
        reviewBy = new Date(confirmedAt.getTime() + CONFIRMED_FOR);
        updatedAt = confirmedAt;
      }
    }
    let scheduledAt: Date | null = null;
    if (state === "APPROVED" && spec.scheduledInDays) {
      scheduledAt = at(-spec.scheduledInDays, 9 * 60);
      const when = new Date(end.getTime() + 40 * MINUTE);
      record("SCHEDULE", ctx.actors.editor, when, `定时发布：${formatShanghai(scheduledAt)}`);
      updatedAt = when;
    }
    const withdrawnAt = spec.withdrawal ? later(at(spec.withdrawal.daysAgo, 15 * 60), end) : null;
    if (spec.withdrawal && withdrawnAt) {
      record("WITHDRAW", ctx.actors.depthead, withdrawnAt, spec.withdrawal.reason);
      updatedAt = withdrawnAt;
    }
    const expiredAt = spec.expiry ? later(at(spec.expiry.daysAgo, 8 * 60 + 30), end) : null;
    if (spec.expiry && expiredAt) {
      record("EXPIRE", ctx.actors.editor, expiredAt, spec.expiry.reason);
      updatedAt = expiredAt;
    }
    const replacement = spec.disclosure?.replacedBy ? byKey.get(spec.disclosure.replacedBy) : undefined;
    if (replacement) {
      const verb = spec.disclosure?.validity === "AMENDED" ? "修改" : "废止";
      const when = new Date(eventAt(replacement).getTime() + 2 * HOUR);
      record(
        "DISCLOSURE_UPDATE",
        ctx.actors.editor,
        when,
        `本文件已被《${replacement.title}》${verb}，有效性标注为“已${verb}”。`,
      );
      updatedAt = latest(when, updatedAt);
    }
    let draftRevision: string | null = published ? null : revisionId(final);
    if (spec.openDraft) {
      const n = final + 1;
      const c = contentOf({ ...base, ...spec.openDraft.content });
      const createdAt = at(spec.openDraft.daysAgo, 10 * 60 + 30);
      plan.revisions.push({
        id: revisionId(n),
        itemId: id,
        number: n,
        ...c,
        changeNote: spec.openDraft.changeNote,
        major: true,
        createdById: ctx.actors.editor.id,
        createdAt,
        contentSha256: canonicalRevisionHash(c),
      });
      draftRevision = revisionId(n);
      updatedAt = latest(createdAt, updatedAt);
    }
    records.sort((x, y) => (x.at as Date).getTime() - (y.at as Date).getTime());
    records.forEach((rec, i) => {
      plan.records.push({ id: seedId("review", spec.key, String(i + 1)), ...rec });
    });

    const live = contentOf(base);
    const row = {
      kind: spec.kind,
      status: state,
      ...live,
      columnId: required(ctx.columnIds, spec.column, spec.key),
      sourceDepartmentId: ctx.departmentIds.get(spec.department) ?? null,
      authorId: ctx.actors.editor.id,
      important: spec.important ?? false,
      publishedAt: published ? end : null,
      scheduledAt,
      withdrawnAt,
      withdrawReason: spec.withdrawal?.reason ?? null,
      removed: spec.withdrawal?.removed ?? false,
      expiredAt,
      reviewBy,
      draftStage: spec.openDraft ? "DRAFT" : published ? null : (state as "DRAFT" | "IN_REVIEW" | "APPROVED"),
      indexNumber: indexNumbers.get(spec.key) ?? null,
      catalogId: spec.disclosure ? required(ctx.catalogIds, spec.disclosure.catalog, spec.key) : null,
      documentNumber: spec.disclosure?.documentNumber ?? null,
      issuingOrgan: spec.kind === "DISCLOSURE" ? ISSUING_ORGAN : null,
      disclosureMode: spec.kind === "DISCLOSURE" ? (spec.disclosure?.mode ?? "PROACTIVE") : null,
      validity: spec.kind === "DISCLOSURE" ? (spec.disclosure?.validity ?? "VALID") : null,
      publicityType: spec.publicity?.type ?? null,
      commentOpensAt: opensAt,
      commentClosesAt: closesAt,
      updatedAt,
    } satisfies Omit<Prisma.ContentItemCreateManyInput, "id">;
    const legacy = ctx.legacyContent.has(spec.key);
    if (legacy) {
      const { title: _t, summary: _s, body: _b, ...rest } = row;
      plan.updates.push({ id, data: rest });
    } else {
      plan.items.push({ id, seedKey: spec.key, ...row, createdAt: savedAt[0] as Date });
    }
    plan.links.push({
      id,
      liveRevisionId: published ? revisionId(final) : null,
      draftRevisionId: draftRevision,
      replacedById: replacement ? idOf(replacement.key) : null,
    });

    if (closesAt && opensAt && closesAt > ctx.today) {
      spec.publicity?.comments?.forEach((c, i) => {
        const createdAt = new Date(opensAt.getTime() + c.afterHours * HOUR);
        if (createdAt >= ctx.today) return;
        const hiddenAt = c.hidden ? new Date(createdAt.getTime() + 3 * HOUR) : null;
        plan.comments.push({
          id: seedId("comment", spec.key, String(i + 1)),
          itemId: id,
          name: c.name,
          phone: c.phone,
          body: c.body,
          createdAt,
          hiddenAt: hiddenAt && hiddenAt < ctx.today ? hiddenAt : null,
          hiddenReason: hiddenAt && hiddenAt < ctx.today ? (c.hidden ?? null) : null,
        });
      });
    }
  }
  return plan;
}

/**
 * 索引号 000014349/2026-00123: organ code / year of publication - sequence in order of publication.
 * Numbers already in the database are never reused.
 */
function assignIndexNumbers(
  all: readonly ItemSpec[],
  build: readonly ItemSpec[],
  ctx: PlanContext,
  eventAt: (s: ItemSpec) => Date,
): Map<string, string> {
  const disclosed = all
    .filter((s) => s.kind === "DISCLOSURE" && EVER_PUBLISHED.has(s.state ?? "PUBLISHED"))
    .map((s) => ({ key: s.key, at: eventAt(s) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
  const seq = new Map<number, number>();
  const numbers = new Map<string, string>();
  for (const { key, at } of disclosed) {
    const year = new Date(at.getTime() + 8 * HOUR).getUTCFullYear();
    const n = (seq.get(year) ?? 0) + 1;
    seq.set(year, n);
    numbers.set(key, formatIndexNumber(year, n));
  }
  const building = new Set(build.map((s) => s.key));
  const used = new Set(ctx.takenIndexNumbers);
  for (const [key, number] of numbers) {
    if (!building.has(key)) numbers.delete(key);
    else if (used.has(number)) {
      const year = Number(number.slice(ORGAN_CODE.length + 1, ORGAN_CODE.length + 5));
      let n = seq.get(year) ?? 0;
      let candidate: string;
      do candidate = formatIndexNumber(year, ++n);
      while (used.has(candidate));
      seq.set(year, n);
      numbers.set(key, candidate);
    }
    const assigned = numbers.get(key);
    if (assigned) used.add(assigned);
  }
  return numbers;
}

export const formatIndexNumber = (year: number, n: number) => `${ORGAN_CODE}/${year}-${String(n).padStart(5, "0")}`;
export const INDEX_NUMBER_PATTERN = /^\d{9}\/\d{4}-\d{5}$/;

/** Midnight in Asia/Shanghai (UTC+8, no DST) of the given instant, as a UTC instant. */
export function startOfDay(instant: Date): Date {
  const shanghai = new Date(instant.getTime() + 8 * HOUR);
  shanghai.setUTCHours(0, 0, 0, 0);
  return new Date(shanghai.getTime() - 8 * HOUR);
}

function formatShanghai(instant: Date): string {
  const d = new Date(instant.getTime() + 8 * HOUR);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** `a`, unless it is not after `b`: then an hour after `b`. */
const later = (a: Date, b: Date) => (a > b ? a : new Date(b.getTime() + HOUR));
const latest = (a: Date, b: Date) => (a > b ? a : b);

function required(ids: ReadonlyMap<string, string>, key: string, item: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed item ${item} names unknown ${key}`);
  return id;
}
