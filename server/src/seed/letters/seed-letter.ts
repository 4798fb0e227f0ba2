// One demo letter, walked through its life in memory. It comes in as the letters module takes
// letters in (the portal's submission, or staff typing in a letter from another channel); then each
// step (steps-handling.ts, steps-reply.ts) does what the service of that step does: the same pure
// rules (letters.rules.ts), the same letter fields, events, pauses and audit entries, at the step's
// time. Going through the services themselves costs ~25 ms a step on the embedded database (about
// 30 s for the demo letters); this costs next to nothing, and the seed stores the result in a few
// statements. letters-replay.test.ts replays letters through the real services and checks that
// both end up identical.
import { createHmac } from "node:crypto";
import type {
  Letter,
  LetterChannel,
  LetterPauseKind,
  LetterRating,
  LetterType,
  Prisma,
  Role,
} from "../../generated/prisma/client.js";
import type { WorkCalendar } from "../../modules/calendar/work-calendar.js";
import { CalendarYearNotCoveredError } from "../../modules/calendar/work-calendar.js";
import { commentSubject } from "../../modules/letters/citizen/submit.service.js";
import {
  disclosureRequestInput,
  letterInput,
  publicityCommentInput,
  requestDetailsOf,
} from "../../modules/letters/citizen/submit.validation.js";
import { accessCodeHash, derivedAccessCode, idempotencyKeyHash, newTrackingCode } from "../../modules/letters/codes.js";
import { type DeadlineRule, letterClocks } from "../../modules/letters/deadlines.js";
import { CHANNEL_LABELS } from "../../modules/letters/intake.js";
import type { LetterActor, RuleLetter, Verdict } from "../../modules/letters/letters.rules.js";
import { seedId } from "../ids.js";
import { HANDLING_STEPS, registerFields } from "./steps-handling.js";
import { REPLY_STEPS } from "./steps-reply.js";

export interface SeedStaff extends LetterActor {
  username: string;
  displayName: string;
  roles: Role[];
}

export interface SeedWorld {
  calendar: WorkCalendar;
  /** The deadline rule of a channel and type (LetterDeadlineRule rows, else the defaults). */
  ruleFor(channel: LetterChannel, type: LetterType): DeadlineRule;
  staff(username: string): SeedStaff;
  department(code: string): { id: string; name: string };
  /** ServerSecret "letters.access-code": access codes derive from it as for keyed submissions. */
  accessSecret: string;
}

/**
 * How the letter came in: the portal's forms (submitLetter / submitDisclosureRequest, and
 * submitPublicityComment on a publicity item), or a row staff typed in.
 */
export type Intake =
  | { via: "citizen"; form: "letter" | "disclosure"; input: Record<string, unknown>; rawKey: string; at: Date }
  | {
      via: "citizen";
      form: "comment";
      item: { id: string; title: string };
      input: Record<string, unknown>;
      rawKey: string;
      at: Date;
    }
  | { via: "staff"; actor: string; at: Date; rawKey: string; row: ExternalRow };

/** A letter from another channel as staff type it in (registerExternalLetter). */
export interface ExternalRow {
  channel: LetterChannel;
  externalId: string;
  type: LetterType;
  subject: string;
  body: string;
  writerName: string | null;
  writerPhone: string | null;
  writerEmail: string | null;
  receivedAt: Date;
  complex: boolean;
  mayPublish: boolean;
}

/** The steps after intake, as the services take them (usernames for people, codes for departments). */
export type Step =
  | { op: "register"; at: Date; actor: string; type: LetterType; complex: boolean }
  | { op: "assign"; at: Date; actor: string; department: string; handler: string }
  | { op: "reassign"; at: Date; actor: string; department: string; handler: string; reason: string }
  | { op: "acknowledge"; at: Date; actor: string; note: string | null }
  | { op: "pause"; at: Date; actor: string; kind: LetterPauseKind; note: string }
  | { op: "resume"; at: Date; actor: string; note: string | null }
  | { op: "extend"; at: Date; actor: string; days: number; reason: string }
  | { op: "draft"; at: Date; actor: string; text: string }
  | { op: "submit"; at: Date; actor: string; text: string | null }
  | { op: "return"; at: Date; actor: string; opinion: string }
  | { op: "approve"; at: Date; actor: string; opinion: string | null }
  | { op: "send"; at: Date; actor: string }
  | { op: "close"; at: Date; actor: string; note: string | null }
  | { op: "rate"; at: Date; rating: LetterRating; comment: string | null }
  | { op: "publish"; at: Date; actor: string }
  | { op: "hide"; at: Date; actor: string; reason: string };

/** What a step does to the letter; `actor` is the staff member taking it (CITIZEN for the writer's rating). */
export type StepHandler<S extends Step> = (letter: SeedLetter, step: S, actor: SeedStaff) => void;
export type StepHandlers<Op extends Step["op"]> = { [K in Op]: StepHandler<Extract<Step, { op: K }>> };

export type EventRow = Prisma.LetterEventCreateManyInput & { id: string; at: Date };
export type AuditRow = Prisma.AuditEntryCreateManyInput & { id: string; at: Date };
export interface PauseRow {
  id: string;
  letterId: string;
  kind: LetterPauseKind;
  startedAt: Date;
  endedAt: Date | null;
  note: string;
}

export interface EventInput {
  action: string;
  fromStatus: Letter["status"] | null;
  toStatus: Letter["status"] | null;
  note?: string | null;
  public?: boolean;
  data?: Prisma.InputJsonValue;
}

/**
 * The idempotency key a demo letter was submitted with: UUID-shaped like a client's, derived from
 * the server's secret so that nobody without the database can reproduce it (it is a bearer secret
 * for the codes).
 */
export function demoRawKey(secret: string, key: string): string {
  const hex = createHmac("sha256", secret).update(`planport-demo-letter\0${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The access code the writer of a demo letter was given (as a keyed submission derives it). */
export const demoAccessCode = (secret: string, key: string) => derivedAccessCode(secret, demoRawKey(secret, key));

export class SeedLetterError extends Error {
  override name = "SeedLetterError";
}

/** Stands in for "no staff member" in the step the writer takes (the rating). */
export const CITIZEN: SeedStaff = { id: "", username: "", displayName: "", roles: [], departmentId: null };

const STEPS: StepHandlers<Step["op"]> = { ...HANDLING_STEPS, ...REPLY_STEPS };

export class SeedLetter {
  readonly steps: Step[] = [];
  readonly events: EventRow[] = [];
  readonly pauses: PauseRow[] = [];
  readonly audits: AuditRow[] = [];
  readonly letter: Letter;
  #now: Date;

  /** `id`: the letter's id, derived from the key unless given (comments keep the id they had as PublicityComment rows). */
  constructor(
    readonly world: SeedWorld,
    readonly key: string,
    readonly intake: Intake,
    id = seedId("letter", key),
  ) {
    this.#now = intake.at;
    const base = {
      id,
      trackingCode: newTrackingCode(),
      accessCodeHash: accessCodeHash(derivedAccessCode(world.accessSecret, intake.rawKey)),
      status: "RECEIVED" as const,
      ...UNHANDLED,
      createdAt: intake.at,
      updatedAt: intake.at,
    };
    if (intake.via === "citizen") {
      // createLetter as the submit mutations call it: the form as the API reads it, keyed codes.
      this.letter = {
        ...base,
        ...citizenFields(intake),
        complex: false,
        externalId: null,
        idempotencyKey: idempotencyKeyHash(intake.rawKey.toLowerCase()),
        receivedAt: intake.at,
      };
      this.event(null, {
        action: "SUBMITTED",
        fromStatus: null,
        toStatus: "RECEIVED",
        note: "来信已提交",
        public: true,
        data: { channel: this.letter.channel },
      });
      this.refreshDeadlines();
      this.audit(null, "letters.submit", {
        type: this.letter.type,
        attachments: 0,
        ...(this.letter.contentItemId ? { contentItemId: this.letter.contentItemId } : {}),
      });
      return;
    }
    // registerExternalLetter: createLetter and the registration in one transaction.
    const { row } = intake;
    const actor = world.staff(intake.actor);
    this.letter = {
      ...base,
      ...row,
      requestDetails: null,
      idempotencyKey: null,
    };
    this.event(actor, {
      action: "RECEIVED",
      fromStatus: null,
      toStatus: "RECEIVED",
      note: `已通过${CHANNEL_LABELS[row.channel]}收到来信`,
      public: true,
      data: { channel: row.channel, externalId: row.externalId },
    });
    this.refreshDeadlines();
    registerFields(this, actor, row.type, row.complex);
    this.audit(actor, "letters.register_external", { channel: row.channel, externalId: row.externalId });
  }

  get status() {
    return this.letter.status;
  }

  /** When the last step was taken: the next one may not come before it. */
  get now(): Date {
    return this.#now;
  }

  /** Takes one step, as its service would at `step.at`; throws SeedLetterError when the rules refuse it. */
  take(step: Step): this {
    if (step.at < this.#now) throw this.error(`${step.op} at ${step.at.toISOString()} is before the last step`);
    this.#now = step.at;
    const actor = "actor" in step ? this.world.staff(step.actor) : CITIZEN;
    (STEPS[step.op] as StepHandler<Step>)(this, step, actor);
    // withLetter: every step touches the row first.
    this.letter.updatedAt = this.#now;
    this.steps.push(step);
    return this;
  }

  // ───────────── for the step handlers: what runStep, recordLetterEvent and the audit do ─────────────

  set(fields: Partial<Letter>) {
    Object.assign(this.letter, fields);
  }

  rule(): RuleLetter {
    const l = this.letter;
    return {
      status: l.status,
      type: l.type,
      complex: l.complex,
      departmentId: l.departmentId,
      handlerId: l.handlerId,
      acknowledgedAt: l.acknowledgedAt,
      replyDraft: l.replyDraft,
      replyDraftedById: l.replyDraftedById,
      replyApprovedById: l.replyApprovedById,
      extensionDays: l.extensionDays,
    };
  }

  allow(verdict: Verdict) {
    if (!verdict.ok) throw this.error(verdict.message);
  }

  error(message: string) {
    return new SeedLetterError(`Demo letter ${this.key}: ${message}`);
  }

  /** recordLetterEvent, at the step's time. */
  event(actor: SeedStaff | null, event: EventInput) {
    // Ids sort in the order the steps wrote them, as the services' cuids do: timelines order by time, then id.
    const n = this.events.length.toString(36).padStart(3, "0");
    this.events.push({
      id: `${seedId("letter-event", this.key).slice(0, 22)}${n}`,
      letterId: this.letter.id,
      at: this.#now,
      actorId: actor?.id ?? null,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      note: event.note ?? null,
      public: event.public ?? false,
      ...(event.data === undefined ? {} : { data: event.data }),
    });
  }

  /** deps.audit.record of the step: the signed-in staff member, or the anonymous writer. */
  audit(actor: SeedStaff | null, action: string, detail: Record<string, Prisma.InputJsonValue | null> = {}) {
    this.audits.push({
      id: seedId("letter-audit", this.key, String(this.audits.length)),
      at: this.#now,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      actorRoles: actor ? actor.roles.join(",") : null,
      action,
      outcome: "SUCCESS",
      targetType: "Letter",
      targetId: this.letter.id,
      ip: null,
      detail: { trackingCode: this.letter.trackingCode, ...detail },
    });
  }

  /** refreshDeadlines: the reply period follows the rule until registration; both clocks are recomputed. */
  refreshDeadlines() {
    const rule = this.world.ruleFor(this.letter.channel, this.letter.type);
    if (this.letter.status === "RECEIVED") this.letter.replyDays = rule.replyDays;
    try {
      const clocks = letterClocks(this.letter, this.pauses, rule.ackDays, this.world.calendar);
      this.letter.ackDueAt = clocks.ack && !clocks.ack.paused ? clocks.ack.dueAt : null;
      this.letter.replyDueAt = clocks.reply.paused ? null : clocks.reply.dueAt;
    } catch (error) {
      // As loadLetterClocks: a year without a holiday schedule has no due dates.
      if (!(error instanceof CalendarYearNotCoveredError)) throw error;
      this.letter.ackDueAt = null;
      this.letter.replyDueAt = null;
    }
  }
}

/** The fields a letter has before anyone handled it. */
const UNHANDLED = {
  contentItemId: null,
  registeredAt: null,
  departmentId: null,
  handlerId: null,
  replyDays: 7,
  extensionDays: 0,
  ackDueAt: null,
  replyDueAt: null,
  acknowledgedAt: null,
  replyDraft: null,
  replyDraftedById: null,
  replyDraftedAt: null,
  replyText: null,
  replyApprovedById: null,
  repliedAt: null,
  rating: null,
  ratingComment: null,
  ratedAt: null,
  closedAt: null,
  publishedAt: null,
  publicSubject: null,
  publicBody: null,
  publicReply: null,
  hiddenAt: null,
  hiddenReason: null,
  personalDataErasedAt: null,
} as const;

/** The letter's fields from the portal's form, as submit.service builds them. */
function citizenFields(intake: Extract<Intake, { via: "citizen" }>) {
  if (intake.form === "comment") {
    const input = publicityCommentInput.parse(intake.input);
    return {
      channel: "PUBLICITY_COMMENT" as const,
      type: "OPINION" as const,
      subject: commentSubject(intake.item.title),
      body: input.body,
      writerName: input.name,
      writerPhone: input.phone,
      writerEmail: null,
      requestDetails: null,
      mayPublish: false,
      contentItemId: intake.item.id,
    };
  }
  if (intake.form === "letter") {
    const input = letterInput.parse(intake.input);
    return {
      channel: "DIRECTOR_MAILBOX" as const,
      type: input.type,
      subject: input.subject,
      body: input.body,
      writerName: input.name,
      writerPhone: input.phone,
      writerEmail: input.email,
      requestDetails: null,
      mayPublish: input.mayPublish,
    };
  }
  const input = disclosureRequestInput.parse(intake.input);
  return {
    channel: "DIRECTOR_MAILBOX" as const,
    type: "DISCLOSURE_REQUEST" as const,
    subject: input.informationTitle,
    body: input.documentNumber ? `${input.description}\n\n文号：${input.documentNumber}` : input.description,
    writerName: input.name,
    writerPhone: input.phone,
    writerEmail: input.email,
    requestDetails: requestDetailsOf(input) as Prisma.JsonValue,
    mayPublish: false,
  };
}
