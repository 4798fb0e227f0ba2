// The handling of one demo letter, step by step at office hours: registration and assignment,
// acknowledgement, the reply with the head's approval (sometimes returned first), pauses and
// extensions of disclosure requests, and what happens after the reply. Steps that would fall on or
// after the seeding day are not taken: the letter stays where it got to.
import { DAY, HOUR, MINUTE } from "../../clock.js";
import type { LetterPauseKind, LetterRating } from "../../generated/prisma/enums.js";
import { shanghaiDay } from "../../modules/calendar/shanghai-day.js";
import type { Rng } from "../rng.js";
import type { OfficeHours } from "./schedule.js";
import type { SeedLetter } from "./seed-letter.js";
import { ANSWERING, type LetterDepartment, PUBLISHER, REGISTRAR } from "./staff.js";

export class LetterFlow {
  #stopped = false;

  constructor(
    readonly letter: SeedLetter,
    readonly r: Rng,
    readonly office: OfficeHours,
    /** The seeding day's midnight: nothing happens from then on. */
    readonly cutoff: Date,
    readonly department: LetterDepartment,
  ) {}

  get stopped() {
    return this.#stopped;
  }

  get handler() {
    return ANSWERING[this.department].handler;
  }

  get head() {
    return ANSWERING[this.department].head;
  }

  /** Runs the step at `at` unless the flow has stopped or `at` is not in the past. */
  step(at: Date, run: (at: Date) => void): boolean {
    if (this.#stopped || at >= this.cutoff) {
      this.#stopped = true;
      return false;
    }
    run(at);
    return true;
  }

  /** Office time `minutes` (a range) after the last step. */
  soon(min: number, max: number): Date {
    return this.office.after(this.letter.now, this.r, min, max);
  }

  /** A working day `n` working days after the last step, not before the last step. */
  daysLater(n: number, from?: number, to?: number): Date {
    const at = this.office.workingDaysAfter(this.letter.now, n, this.r, from, to);
    return at > this.letter.now ? at : this.soon(20, 90);
  }

  /** 登记 (letters from the portal; letters from other channels were registered when staff entered them). */
  register(complex: boolean) {
    if (this.letter.status !== "RECEIVED") return;
    this.step(this.soon(15, 600), (at) =>
      this.letter.take({ op: "register", at, actor: REGISTRAR, type: this.letter.letter.type, complex }),
    );
  }

  /** 分办, straight to the right department, or first to 信访科 and then reassigned with a reason. */
  assign(reassignReason: string | null = null) {
    if (reassignReason && this.department !== "letters") {
      this.step(this.soon(10, 240), (at) =>
        this.letter.take({
          op: "assign",
          at,
          actor: REGISTRAR,
          department: "letters",
          handler: ANSWERING.letters.handler,
        }),
      );
      this.step(this.soon(60, 1200), (at) =>
        this.letter.take({
          op: "reassign",
          at,
          actor: REGISTRAR,
          department: this.department,
          handler: this.handler,
          reason: reassignReason,
        }),
      );
      return;
    }
    this.step(this.soon(10, 240), (at) =>
      this.letter.take({ op: "assign", at, actor: REGISTRAR, department: this.department, handler: this.handler }),
    );
  }

  /** 已告知: within the acknowledgement period, or `late` a working day or two after it. */
  acknowledge(late = false, note: string | null = null) {
    const due = this.letter.letter.ackDueAt;
    let at = this.soon(20, 300);
    if (late && due) at = this.office.workingDaysAfter(due, this.r.int(1, 2), this.r);
    // On the due day at the latest (its end is 23:59 Beijing: 17:00 is still office hours).
    else if (due && at > due)
      at = new Date(Math.max(this.letter.now.getTime() + 10 * MINUTE, due.getTime() - 7 * HOUR));
    this.step(at, (t) => this.letter.take({ op: "acknowledge", at: t, actor: this.handler, note }));
  }

  /** 中止计时 of a disclosure request: 补正 within its first working days, or a third party's opinion. */
  pause(kind: LetterPauseKind, note: string) {
    const received = this.letter.letter.receivedAt;
    const at =
      kind === "AWAITING_COMPLETION"
        ? this.latest(this.office.workingDaysAfter(received, this.r.int(2, 4), this.r), this.soon(30, 240))
        : this.daysLater(this.r.int(2, 5));
    this.step(at, (t) => this.letter.take({ op: "pause", at: t, actor: this.handler, kind, note }));
  }

  resume(afterWorkingDays: number, note: string | null = null) {
    this.step(this.daysLater(afterWorkingDays), (at) =>
      this.letter.take({ op: "resume", at, actor: this.handler, note }),
    );
  }

  /** The head extends a disclosure request's period a few working days before it runs out. */
  extend(days: number, reason: string) {
    const due = this.letter.letter.replyDueAt;
    if (!due) return;
    const before = this.office.workingDaysAfter(new Date(due.getTime() - this.r.int(3, 6) * DAY), 0, this.r);
    this.step(this.latest(before, this.soon(30, 120)), (at) =>
      this.letter.take({ op: "extend", at, actor: this.head, days, reason }),
    );
  }

  draft(text: string) {
    this.step(this.daysLater(this.r.int(1, 3)), (at) =>
      this.letter.take({ op: "draft", at, actor: this.handler, text }),
    );
  }

  /**
   * Drafts and submits the reply on a working day before it is due (`late`: a few days after), the
   * head approves it (after returning a first draft with an opinion, when `returned` is given) and
   * the handler sends it. `upTo` stops after submission or approval.
   */
  reply(
    text: string,
    options: { late?: boolean; returned?: { draft: string; opinion: string }; upTo?: "submit" | "approve" } = {},
  ) {
    const day = this.replyDay(options.late ?? false);
    const submitAt = this.latest(this.office.on(day, this.r, 8 * 60 + 40, 15 * 60), this.soon(30, 120));
    if (options.returned) {
      const { draft, opinion } = options.returned;
      this.step(submitAt, (at) => this.letter.take({ op: "submit", at, actor: this.handler, text: draft }));
      this.step(this.soon(60, 300), (at) => this.letter.take({ op: "return", at, actor: this.head, opinion }));
      this.step(this.soon(90, 1200), (at) => this.letter.take({ op: "submit", at, actor: this.handler, text }));
    } else {
      this.step(submitAt, (at) => this.letter.take({ op: "submit", at, actor: this.handler, text }));
    }
    if (options.upTo === "submit") return;
    this.step(this.soon(20, 240), (at) =>
      this.letter.take({ op: "approve", at, actor: this.head, opinion: this.r.chance(0.4) ? "同意。" : null }),
    );
    if (options.upTo === "approve") return;
    this.step(this.soon(10, 120), (at) => this.letter.take({ op: "send", at, actor: this.handler }));
  }

  /** The writer rates the reply some hours or days after it was sent (any time of day). */
  rate(rating: LetterRating, comment: string | null) {
    const at = new Date(this.letter.now.getTime() + this.r.int(3, 24 * 9) * HOUR);
    this.step(at, (t) => this.letter.take({ op: "rate", at: t, rating, comment }));
  }

  /** 办结 by the handler when the writer did not rate the reply. */
  close(note: string | null) {
    this.step(this.daysLater(this.r.int(5, 10)), (at) =>
      this.letter.take({ op: "close", at, actor: this.handler, note }),
    );
  }

  publish() {
    this.step(this.daysLater(this.r.int(1, 6)), (at) => this.letter.take({ op: "publish", at, actor: PUBLISHER }));
  }

  hide(reason: string) {
    this.step(this.daysLater(this.r.int(2, 15)), (at) =>
      this.letter.take({ op: "hide", at, actor: PUBLISHER, reason }),
    );
  }

  /** The day to submit the reply: before the due day, or a few working days after it. */
  private replyDay(late: boolean): string {
    const due = this.letter.letter.replyDueAt;
    const last = this.letter.now;
    if (!due) return this.office.addWorkingDays(shanghaiDay(last), this.r.int(2, 5));
    if (late) return this.office.addWorkingDays(shanghaiDay(due), this.r.int(1, 3));
    const left = this.office.workingDaysBetween(last, due);
    if (left <= 1) return shanghaiDay(last);
    return this.office.addWorkingDays(shanghaiDay(last), this.r.int(1, left - 1));
  }

  private latest(a: Date, b: Date) {
    return a > b ? a : b;
  }
}
