// The letters clocks on the real 2026 schedule (National Day 10-01..07 with 调休 Saturday 10-10,
// Qingming 04-04..06), counted by hand in the comments; then refreshDeadlines against a database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/helpers.js";
import { loadWorkCalendar } from "../calendar/builtin-schedules.js";
import {
  type ClockPause,
  letterClocks,
  refreshDeadlines,
  replyDeadlineOf,
  withinCompletionWindow,
} from "./deadlines.js";
import { letterFixtures } from "./test-fixtures.js";
import { invalidateWorkCalendar } from "./work-calendar.js";

const calendar = loadWorkCalendar();
/** The end of a Beijing day, as stored. */
const endOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`);
const at = (beijing: string) => new Date(`${beijing}+08:00`);

const letter = (over: Partial<Parameters<typeof letterClocks>[0]> = {}) => ({
  receivedAt: at("2026-03-02T09:00:00"),
  complex: false,
  replyDays: 7,
  extensionDays: 0,
  ...over,
});

describe("letter clocks (pure)", () => {
  it("counts 7 working days across National Day, 调休 Saturday included", () => {
    // Received Tue 09-29. 1: 09-30; 10-01..07 off; 2: 10-08, 3: 10-09, 4: Sat 10-10 (调休), 5: 10-12, 6: 10-13, 7: 10-14.
    const clocks = letterClocks(letter({ receivedAt: at("2026-09-29T10:00:00"), complex: true }), [], 2, calendar);
    expect(clocks.reply.dueAt).toEqual(endOf("2026-10-14"));
    // Acknowledgement (complex letters only): 1: 09-30, 2: 10-08.
    expect(clocks.ack?.dueAt).toEqual(endOf("2026-10-08"));
    expect(letterClocks(letter(), [], 2, calendar).ack).toBeNull();
  });

  it("gives disclosure requests 20 working days, and 20 more with the extension (Qingming in between)", () => {
    const request = letter({ replyDays: 20 });
    // Mar 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), Mar 30 (20).
    expect(letterClocks(request, [], 2, calendar).reply.dueAt).toEqual(endOf("2026-03-30"));
    // 21: Mar 31, 22–24: Apr 1–3, Apr 4–6 off, 25–28: Apr 7–10, 29–33: Apr 13–17, 34–38: Apr 20–24, 39: Apr 27, 40: Apr 28.
    expect(letterClocks({ ...request, extensionDays: 20 }, [], 2, calendar).reply.dueAt).toEqual(endOf("2026-04-28"));
  });

  it("stops the clock during 补正: the day the notice went out counts, the day the answer came does not", () => {
    const request = letter({ replyDays: 20 });
    const notice = { kind: "AWAITING_COMPLETION" as const, startedAt: at("2026-03-04T10:00:00"), endedAt: null };
    expect(letterClocks(request, [notice], 2, calendar).reply.paused).toBe(true);
    // 1: Mar 3, 2: Mar 4; Mar 5–11 stopped; 3–4: Mar 12–13, 5–9: 16–20, 10–14: 23–27, 15–16: 30–31, 17–19: Apr 1–3, 20: Apr 7.
    const ended: ClockPause[] = [{ ...notice, endedAt: at("2026-03-11T15:00:00") }];
    expect(letterClocks(request, ended, 2, calendar).reply.dueAt).toEqual(endOf("2026-04-07"));
  });

  it("stops the clock for a third party for 15 working days at most, even if nobody resumes", () => {
    const request = letter({ replyDays: 20 });
    const consultation = { kind: "AWAITING_THIRD_PARTY" as const, startedAt: at("2026-03-04T10:00:00"), endedAt: null };
    // The third party's 15 working days after Mar 4 end on Mar 25. Counting: 1: Mar 3, 2: Mar 4,
    // 3–4: Mar 26–27, 5–6: Mar 30–31, 7–9: Apr 1–3, 10–13: Apr 7–10, 14–18: Apr 13–17, 19: Apr 20, 20: Apr 21.
    expect(letterClocks(request, [consultation], 2, calendar).reply.dueAt).toEqual(endOf("2026-04-21"));
    // An answer within the 15 days ends the pause then.
    const answered: ClockPause[] = [{ ...consultation, endedAt: at("2026-03-11T15:00:00") }];
    expect(letterClocks(request, answered, 2, calendar).reply.dueAt).toEqual(endOf("2026-04-07"));
  });

  it("opens the 补正 window for 7 working days after receipt", () => {
    const receivedAt = at("2026-09-29T10:00:00");
    // 1: 09-30, 2: 10-08, 3: 10-09, 4: 10-10, 5: 10-12, 6: 10-13, 7: 10-14.
    expect(withinCompletionWindow(receivedAt, at("2026-10-14T23:00:00"), calendar)).toBe(true);
    expect(withinCompletionWindow(receivedAt, at("2026-10-15T08:00:00"), calendar)).toBe(false);
  });

  it("reads remaining working days, and none beyond the loaded years", () => {
    const deadline = replyDeadlineOf(letter(), [], calendar);
    // Due Mar 11 (Mar 3–6, 9–11). On Mar 9: Mar 3–6 and 9 have passed, 2 left.
    expect(deadline?.remainingWorkingDays(at("2026-03-09T12:00:00"))).toBe(2);
    expect(replyDeadlineOf(letter({ receivedAt: at("2031-03-03T09:00:00") }), [], calendar)).toBeNull();
  });
});

describe("refreshDeadlines (database)", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: ReturnType<typeof letterFixtures>;
  beforeAll(async () => {
    t = await createTestApp();
    f = letterFixtures(t.services);
  });
  afterAll(() => t.close());

  const refresh = (id: string) =>
    t.prisma.$transaction(async (tx) => {
      await refreshDeadlines(tx, f.deps, id);
      return tx.letter.findUniqueOrThrow({ where: { id } });
    });

  it("sets the reply deadline at creation from the defaults, and a deadline rule for the channel and type", async () => {
    // The test clock: Mon 2026-03-02 09:00 Beijing. 7 working days: Mar 3–6, 9–11.
    const plain = await f.letter();
    expect(plain.replyDueAt).toEqual(endOf("2026-03-11"));
    expect(plain.ackDueAt).toBeNull();
    const disclosure = await f.letter({ type: "DISCLOSURE_REQUEST" });
    expect(disclosure).toMatchObject({ replyDays: 20, replyDueAt: endOf("2026-03-30") });

    await t.prisma.letterDeadlineRule.create({
      data: { channel: "ONLINE_PETITION", type: "COMPLAINT", ackDays: 1, replyDays: 5 },
    });
    const petition = await f.letter({ channel: "ONLINE_PETITION", type: "COMPLAINT", complex: true });
    // 5 working days: Mar 3–6, 9. Acknowledgement in 1: Mar 3.
    expect(petition).toMatchObject({ replyDays: 5, replyDueAt: endOf("2026-03-09"), ackDueAt: endOf("2026-03-03") });
  });

  it("follows an admin-loaded year only after the calendar is invalidated", async () => {
    const l = await f.letter();
    expect(l.replyDueAt).toEqual(endOf("2026-03-11"));
    const builtin = calendar.schedule(2026);
    if (!builtin) throw new Error("2026 is bundled");
    // Suppose the State Council moved a day off to Tue Mar 10.
    await t.prisma.workCalendarYear.create({
      data: { ...builtin, holidays: [...builtin.holidays, "2026-03-10"].sort(), notice: "测试用安排" },
    });
    expect((await refresh(l.id)).replyDueAt).toEqual(endOf("2026-03-11"));
    invalidateWorkCalendar();
    expect((await refresh(l.id)).replyDueAt).toEqual(endOf("2026-03-12"));
    await t.prisma.workCalendarYear.delete({ where: { year: 2026 } });
    invalidateWorkCalendar();
    expect((await refresh(l.id)).replyDueAt).toEqual(endOf("2026-03-11"));
  });
});
