// One item's dated history: its revisions, the steps of its registration form, and the dates the
// item carries (published, scheduled, withdrawn, expired, due for review, comment window).
import { DAY, HOUR, MINUTE } from "../../clock.js";
import type { ReviewStep } from "../../generated/prisma/enums.js";
import { createRng } from "../rng.js";
import type { Content, ItemSpec } from "./spec.js";
import {
  type Actor,
  type Actors,
  approvals,
  CONFIRMED_FOR,
  EVER_PUBLISHED,
  reviewByFor,
  type Step,
  WINDOW_DAYS,
} from "./workflow.js";

export interface TimedRevision {
  number: number;
  content: Content;
  createdAt: Date;
  changeNote: string | null;
  major: boolean;
}

export interface TimedStep extends Step {
  at: Date;
  /** The revision the step was about. */
  revision: number;
}

export interface Timeline {
  revisions: TimedRevision[];
  /** The registration form, oldest first. */
  steps: TimedStep[];
  publishedAt: Date | null;
  liveRevision: number | null;
  draftRevision: number | null;
  scheduledAt: Date | null;
  withdrawnAt: Date | null;
  expiredAt: Date | null;
  reviewBy: Date | null;
  commentOpensAt: Date | null;
  commentClosesAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TimelineContext {
  /** Midnight (Asia/Shanghai) of the first seeding day. */
  today: Date;
  actors: Actors;
  /** What citizens see: the spec's content, or what an earlier seed stored. */
  content: Content;
  /** The item that repealed or amended this one. */
  replacement?: { title: string; publishedAt: Date };
}

/** `daysAgo` days before the seed day, at `minuteOfDay` (Asia/Shanghai). */
export const dayTime = (today: Date, daysAgo: number, minuteOfDay: number) =>
  new Date(today.getTime() - daysAgo * DAY + minuteOfDay * MINUTE);

/** When the spec's item was published (or last saved, if it never was). */
export const eventTime = (today: Date, spec: ItemSpec) => dayTime(today, spec.daysAgo, spec.minuteOfDay ?? 9 * 60);

const minus = (t: Date, ms: number) => new Date(t.getTime() - ms);
const latest = (a: Date, b: Date) => (a > b ? a : b);
/** `t`, but at least an hour after `after`. */
const after = (t: Date, than: Date) => latest(t, new Date(than.getTime() + HOUR));

export function itemTimeline(spec: ItemSpec, ctx: TimelineContext): Timeline {
  const r = createRng(`timeline:${spec.key}`);
  const { actors: a, today } = ctx;
  const state = spec.state ?? "PUBLISHED";
  const published = EVER_PUBLISHED.has(state);
  const end = eventTime(today, spec);
  const contents = [...(spec.earlierRevisions ?? []).map((e) => ({ ...ctx.content, ...e })), ctx.content];
  const final = contents.length;
  const submitted = spec.rejection ? final - 1 : final;
  if (submitted < 1) throw new Error(`Seed item ${spec.key}: a rejected draft needs an earlier revision`);

  // The review steps, a few hours apart, end at `end` (a little before the rework after a rejection).
  let flow: Step[] = [];
  if (published)
    flow = [...approvals(spec, a, r), { step: "PUBLISH", decision: "DONE", actor: a.editor, opinion: null }];
  else if (state === "APPROVED") flow = approvals(spec, a, r);
  else if (state === "IN_REVIEW") flow = approvals(spec, a, r).slice(0, 1 + (spec.reviewedSteps ?? 0));
  else if (spec.rejection) {
    flow = [
      { step: "SUBMIT", decision: "DONE", actor: a.editor, opinion: "请审核。" },
      { step: "PUBLICATION_REVIEW", decision: "REJECTED", actor: a.checker, opinion: spec.rejection.opinion },
    ];
  }
  const steps: TimedStep[] = [];
  let t = spec.rejection ? minus(end, r.int(60, 180) * MINUTE) : end;
  for (let i = flow.length - 1; i >= 0; i--) {
    steps.unshift({ ...(flow[i] as Step), at: t, revision: submitted });
    t = minus(t, r.int(50, 240) * MINUTE);
  }

  // Revisions: saved hours apart before the submission; a rework after a rejection is saved at `end`.
  const savedAt: Date[] = [];
  let saved = steps[0] ? minus(steps[0].at, r.int(20, 90) * MINUTE) : end;
  for (let n = submitted; n >= 1; n--) {
    savedAt[n - 1] = saved;
    saved = minus(saved, r.int(2, 26) * HOUR);
  }
  if (spec.rejection) savedAt[final - 1] = end;
  const revisions: TimedRevision[] = contents.map((content, i) => ({
    number: i + 1,
    content,
    createdAt: savedAt[i] as Date,
    changeNote: null,
    major: false,
  }));

  let updatedAt = published ? end : (savedAt[final - 1] as Date);
  const done = (step: ReviewStep, actor: Actor, at: Date, opinion: string) => {
    steps.push({ step, decision: "DONE", actor, opinion, at, revision: final });
    updatedAt = latest(at, updatedAt);
  };

  const windowDays = spec.publicity ? WINDOW_DAYS[spec.publicity.type] : undefined;
  const commentOpensAt = published && windowDays ? end : null;
  // As the publishing module opens them: `windowDays` whole days from the moment of publication.
  const commentClosesAt = commentOpensAt && windowDays ? new Date(commentOpensAt.getTime() + windowDays * DAY) : null;

  let reviewBy: Date | null = null;
  if (state === "PUBLISHED") {
    reviewBy = reviewByFor(spec.kind, end, commentClosesAt);
    if (reviewBy < today && !spec.overdue) {
      const confirmedAt = minus(reviewBy, 2 * DAY);
      reviewBy = new Date(confirmedAt.getTime() + CONFIRMED_FOR);
      // As in the publishing module, the opinion of this step and of SCHEDULE is the time they set.
      done("TIMELINESS_CONFIRM", a.editor, confirmedAt, reviewBy.toISOString());
    }
  }
  const scheduledAt =
    state === "APPROVED" && spec.scheduledInDays ? dayTime(today, -spec.scheduledInDays, 9 * 60) : null;
  if (scheduledAt) done("SCHEDULE", a.editor, new Date(end.getTime() + 40 * MINUTE), scheduledAt.toISOString());
  const withdrawnAt = spec.withdrawal ? after(dayTime(today, spec.withdrawal.daysAgo, 15 * 60), end) : null;
  if (spec.withdrawal && withdrawnAt) done("WITHDRAW", a.depthead, withdrawnAt, spec.withdrawal.reason);
  const expiredAt = spec.expiry ? after(dayTime(today, spec.expiry.daysAgo, 8 * 60 + 30), end) : null;
  if (spec.expiry && expiredAt) done("EXPIRE", a.editor, expiredAt, spec.expiry.reason);
  if (ctx.replacement) {
    const verb = spec.disclosure?.validity === "AMENDED" ? "修改" : "废止";
    const at = new Date(ctx.replacement.publishedAt.getTime() + 2 * HOUR);
    done("DISCLOSURE_UPDATE", a.editor, at, `已${verb}：本文件已被《${ctx.replacement.title}》${verb}。`);
  }

  let draftRevision = published ? null : final;
  if (spec.openDraft) {
    const createdAt = dayTime(today, spec.openDraft.daysAgo, 10 * 60 + 30);
    revisions.push({
      number: final + 1,
      content: { ...ctx.content, ...spec.openDraft.content },
      createdAt,
      changeNote: spec.openDraft.changeNote,
      major: true,
    });
    draftRevision = final + 1;
    updatedAt = latest(createdAt, updatedAt);
  }

  return {
    revisions,
    steps: steps.sort((x, y) => x.at.getTime() - y.at.getTime()),
    publishedAt: published ? end : null,
    liveRevision: published ? final : null,
    draftRevision,
    scheduledAt,
    withdrawnAt,
    expiredAt,
    reviewBy,
    commentOpensAt,
    commentClosesAt,
    createdAt: savedAt[0] as Date,
    updatedAt,
  };
}
