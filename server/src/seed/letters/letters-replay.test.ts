// The demo seed walks letters through their steps in memory (seed-letter.ts) instead of calling
// the letters services, which is ~100 times faster. Here letters that between them take every
// step are replayed through the real services (the citizen's submission with a solved challenge,
// staff registration, handling, reply, rating, publication, moderation) on a database of their own,
// and so are the demo comments on planning publicity (a comment on the publicity page, hidden by
// moderation, then registered, assigned and answered like any letter),
// each step at its planned time, and must end up exactly as the seed stores them: same fields,
// same events, same pauses, same audit entries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../../test/helpers.js";
import { DAY, ManualClock } from "../../clock.js";
import { paths } from "../../env.js";
import type { Letter } from "../../generated/prisma/client.js";
import { InProcessJobRunner } from "../../jobs/in-process-runner.js";
import { createLogger } from "../../logger.js";
import { startOfShanghaiDay } from "../../modules/calendar/shanghai-day.js";
import { MIN_FILL_MS } from "../../modules/letters/abuse/altcha.js";
import {
  submitDisclosureRequest,
  submitLetter,
  submitPublicityComment,
} from "../../modules/letters/citizen/submit.service.js";
import { solvedChallenge } from "../../modules/letters/citizen/test-fixtures.js";
import { rateLetterReply } from "../../modules/letters/citizen/tracking.service.js";
import { accessCodeHash } from "../../modules/letters/codes.js";
import {
  acknowledgeLetter,
  assignLetter,
  extendLetterDeadline,
  pauseLetter,
  reassignLetter,
  registerLetter,
  resumeLetter,
} from "../../modules/letters/handling.service.js";
import { registerExternalLetter } from "../../modules/letters/import.service.js";
import type { LettersDeps } from "../../modules/letters/letters.deps.js";
import { hideLetter } from "../../modules/letters/moderation.service.js";
import { letterRedaction, publishLetter } from "../../modules/letters/publish.service.js";
import {
  approveLetterReply,
  closeLetter,
  draftLetterReply,
  returnLetterReply,
  sendLetterReply,
  submitLetterReply,
} from "../../modules/letters/reply.service.js";
import { requestAudit } from "../../modules/security/audit.service.js";
import { demoContentSpecs } from "../content/generate.js";
import { departments, staff } from "../demo-data.js";
import { seedId } from "../ids.js";
import { planDemoLetters } from "./plan.js";
import { demoComments, planDemoComments } from "./publicity-comments.js";
import { OfficeHours } from "./schedule.js";
import type { SeedLetter, SeedStaff, SeedWorld, Step } from "./seed-letter.js";
import { loadWorld } from "./seed-letters.js";
import { LETTER_STAFF } from "./staff.js";

const clock = new ManualClock("2026-11-27T02:00:00Z");
const today = startOfShanghaiDay("2026-11-27");
const log = createLogger("silent");
let db: Awaited<ReturnType<typeof openTestDatabase>>;
let world: SeedWorld;

beforeAll(async () => {
  db = await openTestDatabase();
  await db.migrate(paths.migrations);
  // The departments and staff as the demo seed makes them (same ids), and no letters.
  await db.prisma.department.createMany({
    data: departments.map((d) => ({ id: seedId("department", d.code), ...d })),
  });
  await db.prisma.user.createMany({
    data: [...staff, ...LETTER_STAFF].map((s) => ({
      id: seedId("user", s.username),
      username: s.username,
      displayName: s.displayName,
      roles: s.roles,
      departmentId: seedId("department", s.department),
      passwordHash: "not-used",
    })),
  });
  world = await loadWorld(db.prisma, clock);
});
afterAll(() => db.drop());

/** Deps as a request of `actor` builds them (the audit records who acted); null: the anonymous writer. */
function depsOf(actor: SeedStaff | null): LettersDeps {
  const viewer = actor && {
    userId: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    departmentId: actor.departmentId,
    sessionId: "replay",
  };
  return {
    prisma: db.prisma,
    clock,
    log,
    jobs: new InProcessJobRunner(db.prisma, clock, log),
    audit: requestAudit(db.prisma, clock, () => viewer, null),
  };
}

const staffOf = (actor: SeedStaff) => ({ ...actor, name: actor.displayName });

/** Feeds the planned letter to the services, each step at its time; returns the stored letter's id. */
async function replay(planned: SeedLetter): Promise<string> {
  const { intake } = planned;
  let id: string;
  let codes: { trackingCode: string; accessCode: string } | null = null;
  if (intake.via === "citizen") {
    clock.set(new Date(intake.at.getTime() - MIN_FILL_MS - 1000));
    const altcha = await solvedChallenge({ prisma: db.prisma, clock });
    expect(clock.now()).toEqual(intake.at);
    const deps = { ...depsOf(null), ip: null };
    const input = { ...intake.input, altcha };
    const result =
      intake.form === "comment"
        ? await submitPublicityComment(deps, intake.item.id, input, intake.rawKey)
        : await (intake.form === "letter" ? submitLetter : submitDisclosureRequest)(deps, input, intake.rawKey);
    if (!result.ok) throw new Error(`${planned.key}: ${result.message}`);
    codes = result.receipt;
    const trackingCode = result.receipt.trackingCode.replace(/-/g, "");
    id = (await db.prisma.letter.findUniqueOrThrow({ where: { trackingCode } })).id;
  } else {
    clock.set(intake.at);
    const actor = world.staff(intake.actor);
    const result = await registerExternalLetter(depsOf(actor), staffOf(actor), { ...intake.row });
    if (!result.ok) throw new Error(`${planned.key}: ${JSON.stringify(result.errors)}`);
    id = (result.letters[0] as Letter).id;
  }
  for (const step of planned.steps) {
    clock.set(step.at);
    const outcome = await run(step, id, async () => {
      if (codes) return codes;
      // Staff gave the writer of a letter they typed in its codes: the one given here is known.
      const letter = await db.prisma.letter.update({
        where: { id },
        data: { accessCodeHash: accessCodeHash("X".repeat(28)) },
      });
      codes = { trackingCode: letter.trackingCode, accessCode: "X".repeat(28) };
      return codes;
    });
    if (!outcome.ok) throw new Error(`${planned.key} ${step.op}: ${outcome.message}`);
  }
  return id;
}

async function run(
  step: Step,
  id: string,
  codes: () => Promise<{ trackingCode: string; accessCode: string }>,
): Promise<{ ok: true } | { ok: false; message: string }> {
  if (step.op === "rate") {
    return rateLetterReply(
      { ...depsOf(null), ip: null },
      { ...(await codes()), rating: step.rating, comment: step.comment },
    );
  }
  const actor = world.staff(step.actor);
  const deps = depsOf(actor);
  const who = staffOf(actor);
  const department = (code: string) => world.department(code).id;
  switch (step.op) {
    case "register":
      return registerLetter(deps, who, id, { type: step.type, complex: step.complex });
    case "assign":
      return assignLetter(deps, who, id, {
        departmentId: department(step.department),
        handlerId: world.staff(step.handler).id,
      });
    case "reassign":
      return reassignLetter(deps, who, id, {
        departmentId: department(step.department),
        handlerId: world.staff(step.handler).id,
        reason: step.reason,
      });
    case "acknowledge":
      return acknowledgeLetter(deps, who, id, step.note);
    case "pause":
      return pauseLetter(deps, who, id, { kind: step.kind, note: step.note });
    case "resume":
      return resumeLetter(deps, who, id, step.note);
    case "extend":
      return extendLetterDeadline(deps, who, id, { days: step.days, reason: step.reason });
    case "draft":
      return draftLetterReply(deps, who, id, step.text);
    case "submit":
      return submitLetterReply(deps, who, id, step.text);
    case "return":
      return returnLetterReply(deps, who, id, step.opinion);
    case "approve":
      return approveLetterReply(deps, who, id, step.opinion);
    case "send":
      return sendLetterReply(deps, who, id);
    case "close":
      return closeLetter(deps, who, id, step.note);
    case "publish": {
      const view = await letterRedaction(deps, who, id);
      if (!view) return { ok: false, message: "no letter" };
      const { subject, body, reply } = view.proposal;
      return publishLetter(deps, who, id, { subject: subject.proposed, body: body.proposed, reply: reply.proposed });
    }
    case "hide":
      return hideLetter(deps, who, id, step.reason);
  }
}

/** Everything about a letter but what is random (id, codes) or wall-clock (createdAt, updatedAt). */
function comparable(letter: Letter) {
  const { id: _id, trackingCode: _t, accessCodeHash: _a, createdAt: _c, updatedAt: _u, ...rest } = letter;
  return rest;
}

async function stored(id: string, trackingCode: string) {
  const letter = await db.prisma.letter.findUniqueOrThrow({ where: { id } });
  const events = await db.prisma.letterEvent.findMany({
    where: { letterId: id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const pauses = await db.prisma.letterPause.findMany({ where: { letterId: id }, orderBy: { startedAt: "asc" } });
  const audits = await db.prisma.auditEntry.findMany({ where: { targetId: id }, orderBy: [{ at: "asc" }] });
  return shape(letter, events, pauses, audits, trackingCode);
}

function shape(
  letter: Letter,
  events: ReadonlyArray<{
    at: Date;
    actorId?: string | null;
    action: string;
    fromStatus?: unknown;
    toStatus?: unknown;
    note?: string | null;
    public?: boolean;
    data?: unknown;
  }>,
  pauses: ReadonlyArray<{ kind: string; startedAt: Date; endedAt: Date | null; note: string | null }>,
  audits: ReadonlyArray<{
    at: Date;
    actorId?: string | null;
    actorName?: string | null;
    actorRoles?: string | null;
    action: string;
    outcome?: string;
    targetType?: string | null;
    ip?: string | null;
    detail?: unknown;
  }>,
  trackingCode: string,
) {
  return {
    letter: comparable(letter),
    events: events.map((e) => ({
      at: e.at,
      actorId: e.actorId ?? null,
      action: e.action,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      note: e.note ?? null,
      public: e.public ?? false,
      data: e.data ?? null,
    })),
    pauses: pauses.map((p) => ({ kind: p.kind, startedAt: p.startedAt, endedAt: p.endedAt, note: p.note })),
    audits: audits.map((a) => ({
      at: a.at,
      actorId: a.actorId ?? null,
      actorName: a.actorName ?? null,
      actorRoles: a.actorRoles ?? null,
      action: a.action,
      outcome: a.outcome ?? "SUCCESS",
      targetType: a.targetType ?? null,
      ip: a.ip ?? null,
      // The tracking code is random in both.
      detail: JSON.parse(JSON.stringify(a.detail ?? null).replaceAll(trackingCode, "TRACKING-CODE")),
    })),
  };
}

/** Letters that between them come in every way and take every step. */
function covering(letters: readonly SeedLetter[]): SeedLetter[] {
  const traits = (l: SeedLetter) =>
    new Set([
      `intake:${l.intake.via}:${l.intake.via === "citizen" ? l.intake.form : "row"}`,
      `ends:${l.status}`,
      ...l.steps.map((s) => `op:${s.op}`),
      ...l.pauses.map((p) => `pause:${p.kind}`),
    ]);
  const wanted = new Set(letters.flatMap((l) => [...traits(l)]));
  const chosen: SeedLetter[] = [];
  while (wanted.size) {
    const best = [...letters].sort(
      (a, b) => [...traits(b)].filter((t) => wanted.has(t)).length - [...traits(a)].filter((t) => wanted.has(t)).length,
    )[0] as SeedLetter;
    for (const t of traits(best)) wanted.delete(t);
    chosen.push(best);
  }
  return chosen;
}

describe("the demo letters, replayed through the letters services", () => {
  it("end up exactly as the seed stores them", async () => {
    const letters = planDemoLetters(world, today);
    const sample = covering(letters);
    const ops = new Set(sample.flatMap((l) => l.steps.map((s) => s.op)));
    expect(ops.size).toBe(16);
    for (const planned of sample) {
      const id = await replay(planned);
      const replayed = await stored(id, (await db.prisma.letter.findUniqueOrThrow({ where: { id } })).trackingCode);
      const seeded = shape(planned.letter, planned.events, planned.pauses, planned.audits, planned.letter.trackingCode);
      expect(replayed, planned.key).toEqual(seeded);
    }
  }, 120_000);
});

describe("the demo comments on planning publicity, replayed through the services", () => {
  it("end up exactly as the seed stores them", async () => {
    // The hand-written publicity with three comments (one hidden), its window opened twelve days ago.
    const spec = demoContentSpecs(today).find((s) => s.key === "publicity-langdong-school");
    if (!spec) throw new Error("the demo publicity with comments is gone");
    const column = await db.prisma.column.create({ data: { slug: "replay-publicity", name: "规划公示" } });
    const opensAt = new Date(today.getTime() - 12 * DAY);
    const item = await db.prisma.contentItem.create({
      data: {
        kind: "PUBLICITY",
        status: "PUBLISHED",
        title: spec.title,
        columnId: column.id,
        seedKey: spec.key,
        publishedAt: opensAt,
        commentOpensAt: opensAt,
        commentClosesAt: new Date(opensAt.getTime() + 30 * DAY),
      },
    });
    const planned = planDemoComments(
      world,
      new OfficeHours(world.calendar),
      today,
      demoComments([spec], [item], today),
    );
    expect(planned).toHaveLength(3);
    // Between them: hidden by moderation, registered, assigned and answered.
    expect(new Set(planned.flatMap((p) => p.steps.map((s) => s.op)))).toEqual(
      new Set(["hide", "register", "assign", "submit", "approve", "send"]),
    );
    expect(planned.map((p) => p.letter.channel)).toEqual([
      "PUBLICITY_COMMENT",
      "PUBLICITY_COMMENT",
      "PUBLICITY_COMMENT",
    ]);
    for (const comment of planned) {
      const id = await replay(comment);
      const replayed = await stored(id, (await db.prisma.letter.findUniqueOrThrow({ where: { id } })).trackingCode);
      const seeded = shape(comment.letter, comment.events, comment.pauses, comment.audits, comment.letter.trackingCode);
      expect(replayed, comment.key).toEqual(seeded);
    }
  }, 120_000);
});
