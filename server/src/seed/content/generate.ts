// Every demo content item, as specs: the first hand-written items, the workflow-state items, topic
// pages, regulations, and ~200 generated ones. Pure and deterministic for a given seed day.
import { content as firstItems } from "../demo-data.js";
import { createRng, type Rng } from "../rng.js";
import { cityNews } from "./city-news.js";
import { withClosers } from "./closers.js";
import { organisationGroups, replacedRegulations } from "./disclosure.js";
import { administrationGroups } from "./disclosure-administration.js";
import { planGroups } from "./disclosure-plans.js";
import { exhibitions, interviews, topicPages } from "./features.js";
import { notices } from "./notices.js";
import { PLAN_DRAFT_COMMENTS, PRE_APPROVAL_COMMENTS, planDrafts, postApproval, preApproval } from "./publicity.js";
import type { ItemSpec } from "./spec.js";
import { type Category, generateCategory, spreadDays, type Template, whenOf } from "./template.js";
import { waterCityNews, wuxiangNews } from "./topic-news.js";
import { masterPlanNews, railNews, transportNews } from "./transport-news.js";
import { COMMENTERS, examplePhone } from "./vocabulary.js";
import { workDynamics } from "./work-news.js";
import { workflowItems } from "./workflow-items.js";

/** Bump to generate different demo content; existing databases keep what they have (by seedKey). */
const CONTENT_SEED = "planport-demo-content-v1";

/** Generated items are at least this many days old, so the first items stay the newest. */
const NEWEST = 2;
/** …and at most this old (six months). */
const OLDEST = 178;

export function demoContentSpecs(today: Date): ItemSpec[] {
  const r = createRng(CONTENT_SEED);
  const fixed = [...firstItems, ...workflowItems, ...topicPages, ...replacedRegulations(today, r)];
  const titles = new Set(fixed.map((s) => s.title));
  const days = (recent: number, older: number, extra: number[] = []) => [
    ...spreadDays(r, recent, NEWEST, 29),
    ...spreadDays(r, older, 30, OLDEST - 8),
    ...extra,
  ];
  const news = (prefix: string, column: string, templates: readonly Template[], recent: number, older: number) =>
    ({ prefix, kind: "NEWS", column, department: "office", days: days(recent, older), templates }) as const;

  const categories: Category[] = [
    { ...news("news", "news", cityNews, 12, 20), coverShare: 0.6 },
    { ...news("work", "work-dynamics", workDynamics, 12, 16), coverShare: 0.4 },
    { ...news("water", "water-city", waterCityNews, 3, 5), department: "plan-making", coverShare: 0.8 },
    { ...news("wuxiang", "wuxiang", wuxiangNews, 3, 5), department: "plan-making", coverShare: 0.8 },
    { ...news("rail", "rail-transit", railNews, 3, 4), department: "transport", coverShare: 0.8 },
    { ...news("master", "master-plan", masterPlanNews, 1, 3), department: "plan-making", coverShare: 0.8 },
    { ...news("traffic", "transport", transportNews, 2, 3), department: "transport", coverShare: 0.8 },
    // Two notices fall due for their 180-day timeliness check within the week.
    {
      prefix: "notice",
      kind: "NOTICE",
      column: "notices",
      department: "office",
      days: days(5, 10, [175, 178]),
      templates: notices,
    },
    {
      prefix: "pre",
      kind: "PUBLICITY",
      column: "publicity",
      department: "construction",
      // Five still open (10-day windows), the rest closed.
      days: [...spreadDays(r, 5, NEWEST, 9), ...spreadDays(r, 15, 10, OLDEST)],
      templates: preApproval,
    },
    {
      prefix: "draftplan",
      kind: "PUBLICITY",
      column: "publicity",
      department: "plan-making",
      // Four still open (30-day windows).
      days: [...spreadDays(r, 4, 3, 28), ...spreadDays(r, 6, 30, OLDEST)],
      templates: planDrafts,
    },
    {
      prefix: "post",
      kind: "PUBLICITY",
      column: "publicity",
      department: "construction",
      days: days(2, 4),
      templates: postApproval,
    },
    {
      prefix: "expo",
      kind: "EXHIBITION",
      column: "exhibitions",
      department: "info-center",
      days: days(3, 8),
      templates: exhibitions,
      coverShare: 0.9,
    },
    {
      prefix: "talk",
      kind: "INTERVIEW",
      column: "interviews",
      department: "office",
      days: days(2, 6),
      templates: interviews,
      coverShare: 1,
    },
    ...[...organisationGroups, ...planGroups, ...administrationGroups].map(
      (g): Category => ({
        prefix: `disc-${g.catalog}`,
        kind: "DISCLOSURE",
        column: "disclosure",
        department: "office",
        days: spreadDays(r, g.count, g.days[0], g.days[1]),
        templates: g.templates,
      }),
    ),
  ];

  const generated = categories.flatMap((c) => generateCategory(r, today, c, titles));
  // Copies: the passes below fill in fields, and the hand-written specs are shared module data.
  // The first items keep their original (short) bodies: databases seeded earlier already hold them.
  const first = new Set(firstItems.map((s) => s.key));
  const specs = [...fixed, ...generated].map((spec) =>
    withPublicity(first.has(spec.key) ? { ...spec } : withClosers({ ...spec }, r), r),
  );
  markOverdue(specs);
  numberDocuments(specs, today, r);
  return specs;
}

const PUBLICITY_TYPES = { pre: "PRE_APPROVAL", draftplan: "PLAN_DRAFT", post: "POST_APPROVAL" } as const;

/** Publicity type from the category, and a few citizens' comments on windows still open. */
function withPublicity(spec: ItemSpec, r: Rng): ItemSpec {
  if (spec.kind !== "PUBLICITY") return spec;
  const prefix = spec.key.split("-")[0] as keyof typeof PUBLICITY_TYPES;
  const type = spec.publicity?.type ?? PUBLICITY_TYPES[prefix] ?? "OTHER";
  const windowDays = type === "PLAN_DRAFT" ? 30 : type === "PRE_APPROVAL" ? 10 : 0;
  const open = (spec.state ?? "PUBLISHED") === "PUBLISHED" && spec.daysAgo < windowDays;
  if (spec.publicity?.comments) return { ...spec, publicity: { ...spec.publicity, type } };
  if (!open) return { ...spec, publicity: { type } };
  const pool = type === "PLAN_DRAFT" ? PLAN_DRAFT_COMMENTS : PRE_APPROVAL_COMMENTS;
  const count = Math.min(r.int(1, 3), spec.daysAgo + 1);
  const maxHours = Math.max(2, spec.daysAgo * 24 - 2);
  const comments = r.sample(pool, count).map((body) => ({
    name: r.pick(COMMENTERS),
    phone: examplePhone(r.int(1, 9999)),
    body,
    afterHours: r.int(1, maxHours),
  }));
  return { ...spec, publicity: { type, comments } };
}

/** Leaves a few closed publicity items unconfirmed, so the timeliness list has overdue entries. */
function markOverdue(specs: ItemSpec[]) {
  const closed = (prefix: string, minDays: number) =>
    specs.filter((s) => s.key.startsWith(prefix) && s.daysAgo >= minDays).sort((a, b) => a.daysAgo - b.daysAgo);
  // reviewBy = window end + 30 days: 40 days after a pre-approval, 60 after a plan draft.
  for (const spec of [...closed("pre-", 45).slice(0, 2), ...closed("draftplan-", 65).slice(0, 1)]) {
    spec.overdue = true;
  }
}

/** 南规发〔2026〕12号: numbers rise through each year in order of publication. */
function numberDocuments(specs: ItemSpec[], today: Date, r: Rng) {
  const pending = specs
    .filter((s) => s.disclosure?.documentNumber && !s.disclosure.documentNumber.includes("〔"))
    .sort((a, b) => b.daysAgo - a.daysAgo || a.key.localeCompare(b.key));
  const next = new Map<string, number>();
  for (const spec of pending) {
    const prefix = spec.disclosure?.documentNumber ?? "";
    const { year } = whenOf(today, spec.daysAgo);
    const n = (next.get(`${prefix}${year}`) ?? r.int(2, 6)) + r.int(1, 5);
    next.set(`${prefix}${year}`, n);
    spec.disclosure = {
      ...spec.disclosure,
      catalog: spec.disclosure?.catalog ?? "",
      documentNumber: `${prefix}〔${year}〕${n}号`,
    };
  }
}
