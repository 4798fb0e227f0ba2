import { describe, expect, it } from "vitest";
import { loadWorkCalendar } from "./builtin-schedules.js";
import { computeDeadline, type Deadline, DeadlineInputError, type RunningDeadline } from "./deadline.js";
import {
  acknowledgementDeadline,
  completionNoticeDeadline,
  disclosureDeadline,
  replyDeadline,
  thirdPartyOpinionDeadline,
} from "./deadline-rules.js";
import { CalendarYearNotCoveredError } from "./work-calendar.js";

const calendar = loadWorkCalendar();

/** An instant given in Beijing time: bj("2025-01-27 10:00"). */
const bj = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);

function running(deadline: Deadline): RunningDeadline {
  if (deadline.paused) throw new Error("expected a running clock");
  return deadline;
}

/** The due day, checked to end at 24:00 Beijing time. */
function dueDay(deadline: Deadline): string {
  const { dueDay, dueAt } = running(deadline);
  expect(dueAt.getTime()).toBe(bj(`${dueDay} 23:59`).getTime() + 59_999);
  return dueDay;
}

describe("7-working-day replies to letters", () => {
  it("spans the 2025 Spring Festival, counting the make-up Saturday", () => {
    // Day 1–4: 02-05, 02-06, 02-07, Sat 02-08 (调休); 5–7: 02-10, 02-11, 02-12.
    const deadline = replyDeadline({ receivedAt: bj("2025-01-27 10:00") }, calendar);
    expect(dueDay(deadline)).toBe("2025-02-12");
    expect(running(deadline).dueAt.toISOString()).toBe("2025-02-12T15:59:59.999Z");
    expect(deadline.provisional).toBe(false);
  });

  it("takes the Beijing day of receipt, not the UTC one", () => {
    // 2025-01-26 16:30 UTC is Monday 00:30 in Beijing; read as Sunday the 26th it would be due 02-11.
    expect(dueDay(replyDeadline({ receivedAt: new Date("2025-01-26T16:30:00Z") }, calendar))).toBe("2025-02-12");
  });

  it("starts on the first working day after a letter received on a holiday", () => {
    // Received on 2025-10-03 (国庆): 10-09, 10-10, Sat 10-11 (调休), 10-13 … 10-16.
    expect(dueDay(replyDeadline({ receivedAt: bj("2025-10-03 15:00") }, calendar))).toBe("2025-10-16");
    // Received on Sunday 2025-02-09, a plain weekend: Monday 02-10 is day 1.
    expect(dueDay(replyDeadline({ receivedAt: bj("2025-02-09 09:00") }, calendar))).toBe("2025-02-18");
  });

  it("does not count a make-up Saturday on which the letter arrived", () => {
    // Received Sat 2026-02-14 (调休): 春节 02-15 … 02-23; 02-24 … 02-27, Sat 02-28 (调休), 03-02, 03-03.
    expect(dueDay(replyDeadline({ receivedAt: bj("2026-02-14 11:00") }, calendar))).toBe("2026-03-03");
    // Received Sun 2026-09-20 (调休): 09-21 … 09-24, 中秋 09-25 … 09-27, 09-28 … 09-30.
    expect(dueDay(replyDeadline({ receivedAt: bj("2026-09-20 16:00") }, calendar))).toBe("2026-09-30");
  });

  it("spans the 2026 National Day and the provisional 2027 holidays", () => {
    // 10-01 … 10-07 off; 10-08, 10-09, Sat 10-10 (调休), 10-12 … 10-15.
    expect(dueDay(replyDeadline({ receivedAt: bj("2026-09-30 09:00") }, calendar))).toBe("2026-10-15");
    // 2027 春节 02-05 … 02-13 (暂定): Sun 02-14 (调休), 02-15 … 02-19, 02-22.
    const springFestival2027 = replyDeadline({ receivedAt: bj("2027-02-04 09:00") }, calendar);
    expect(dueDay(springFestival2027)).toBe("2027-02-22");
    expect(springFestival2027.provisional).toBe(true);
    // 2027 国庆 10-01 … 10-07 (暂定): 10-08, Sat 10-09 (调休), 10-11 … 10-15.
    expect(dueDay(replyDeadline({ receivedAt: bj("2027-09-30 09:00") }, calendar))).toBe("2027-10-15");
  });

  it("takes a configured period, and acknowledgements are due in 2 working days", () => {
    expect(dueDay(replyDeadline({ receivedAt: bj("2026-09-30 09:00"), days: 15 }, calendar))).toBe("2026-10-27");
    expect(dueDay(acknowledgementDeadline(bj("2026-09-30 09:00"), calendar))).toBe("2026-10-09");
    // Received Friday 2025-01-24: Sat 01-25 is off, Sun 01-26 (调休) is day 1.
    expect(dueDay(acknowledgementDeadline(bj("2025-01-24 17:30"), calendar))).toBe("2025-01-27");
  });

  it("tells how many working days remain and when it is overdue", () => {
    const deadline = running(replyDeadline({ receivedAt: bj("2025-01-27 10:00") }, calendar));
    expect(deadline.remainingWorkingDays(bj("2025-01-27 18:00"))).toBe(7);
    expect(deadline.remainingWorkingDays(bj("2025-02-01 10:00"))).toBe(7);
    expect(deadline.remainingWorkingDays(bj("2025-02-08 10:00"))).toBe(3);
    expect(deadline.remainingWorkingDays(bj("2025-02-12 23:00"))).toBe(0);
    expect(deadline.isOverdue(new Date("2025-02-12T15:59:59.999Z"))).toBe(false);
    expect(deadline.isOverdue(new Date("2025-02-12T16:00:00Z"))).toBe(true);
    expect(deadline.remainingWorkingDays(bj("2025-02-13 00:00"))).toBe(-1);
    expect(deadline.remainingWorkingDays(bj("2025-02-18 09:00"))).toBe(-4);
  });

  it("throws when the period runs into a year with no schedule", () => {
    expect(() => replyDeadline({ receivedAt: bj("2027-12-27 09:00") }, calendar)).toThrow(CalendarYearNotCoveredError);
    expect(() => replyDeadline({ receivedAt: bj("2023-12-29 09:00") }, calendar)).toThrow(/缺少 2023 年/);
  });
});

describe("disclosure requests (政府信息公开条例)", () => {
  const receivedAt = bj("2025-09-15 10:00");

  it("are due in 20 working days, extendable once by up to 20 with a recorded approval", () => {
    // 09-16 … 09-26 (9 days), Sun 09-28 (调休) 10, 09-29 11, 09-30 12; 10-01 … 10-08 off;
    // 10-09 13, 10-10 14, Sat 10-11 (调休) 15, 10-13 … 10-17 16–20.
    expect(dueDay(disclosureDeadline({ receivedAt }, calendar))).toBe("2025-10-17");
    const approval = { approvedBy: "政府信息公开工作机构负责人 王某", approvedAt: bj("2025-10-16 16:00") };
    // 10-20 … 11-14: four more weeks.
    const extended = disclosureDeadline({ receivedAt, extension: { days: 20, ...approval } }, calendar);
    expect(dueDay(extended)).toBe("2025-11-14");
    expect(extended.totalDays).toBe(40);
    expect(dueDay(disclosureDeadline({ receivedAt, extension: { days: 5, ...approval } }, calendar))).toBe(
      "2025-10-24",
    );
  });

  it("refuse an extension beyond 20 days, without an approver, or approved after the deadline", () => {
    const approval = { approvedBy: "王某", approvedAt: bj("2025-10-16 16:00") };
    expect(() => disclosureDeadline({ receivedAt, extension: { days: 21, ...approval } }, calendar)).toThrow(
      /延长答复期限应为 1–20 个工作日/,
    );
    expect(() => disclosureDeadline({ receivedAt, extension: { days: 0, ...approval } }, calendar)).toThrow(
      DeadlineInputError,
    );
    expect(() =>
      disclosureDeadline(
        { receivedAt, extension: { days: 10, approvedBy: " ", approvedAt: approval.approvedAt } },
        calendar,
      ),
    ).toThrow(/请记录批准人/);
    expect(() =>
      disclosureDeadline(
        { receivedAt, extension: { days: 10, approvedBy: "王某", approvedAt: bj("2025-10-18 09:00") } },
        calendar,
      ),
    ).toThrow(/原答复期限届满前批准/);
  });

  it("stop the clock while waiting for the applicant's 补正, across National Day", () => {
    const request = bj("2026-09-21 09:00");
    // The 补正 notice is due within 7 working days: 09-22 … 09-24, 09-28 … 09-30, 10-08.
    expect(dueDay(completionNoticeDeadline(request, calendar))).toBe("2026-10-08");
    // Notice sent Wed 09-23 (day 2), completed request back Mon 10-12: 09-24 … 10-12 do not count,
    // Sat 10-10 (调休) included. Days 3–20: 10-13 … 11-05.
    const wait = { from: bj("2026-09-23 15:00"), to: bj("2026-10-12 10:00") };
    expect(dueDay(disclosureDeadline({ receivedAt: request, completionWaits: [wait] }, calendar))).toBe("2026-11-05");
  });

  it("give the literal Art. 30 restart when the 补正 notice goes out on the day of receipt", () => {
    const wait = { from: bj("2026-09-21 16:00"), to: bj("2026-10-12 10:00") };
    const paused = disclosureDeadline({ receivedAt: bj("2026-09-21 09:00"), completionWaits: [wait] }, calendar);
    const restarted = disclosureDeadline({ receivedAt: bj("2026-10-12 10:00") }, calendar);
    expect(dueDay(paused)).toBe("2026-11-09");
    expect(dueDay(restarted)).toBe("2026-11-09");
  });

  it("have no due date while the applicant has not answered", () => {
    const deadline = disclosureDeadline(
      { receivedAt: bj("2026-09-21 09:00"), completionWaits: [{ from: bj("2026-09-23 15:00"), to: null }] },
      calendar,
    );
    expect(deadline).toMatchObject({ paused: true, usedWorkingDays: 2, pausedAt: bj("2026-09-23 15:00") });
    expect(deadline.dueAt).toBeUndefined();
    expect(deadline.remainingWorkingDays(bj("2026-09-23 18:00"))).toBe(18);
    expect(deadline.remainingWorkingDays(bj("2026-11-30 09:00"))).toBe(18);
  });

  it("do not count the time a third party takes to give its opinion", () => {
    const request = bj("2026-03-02 09:00");
    expect(dueDay(disclosureDeadline({ receivedAt: request }, calendar))).toBe("2026-03-30");
    // Consulted Tue 03-10 (day 6); the third party's 15 working days end 03-31.
    expect(dueDay(thirdPartyOpinionDeadline(bj("2026-03-10 11:00"), calendar))).toBe("2026-03-31");
    // It answered Fri 03-20: 03-11 … 03-20 do not count. Days 7–16: 03-23 … 04-03; 清明 04-04 … 04-06;
    // 17–20: 04-07 … 04-10.
    const consultation = { from: bj("2026-03-10 11:00"), to: bj("2026-03-20 17:00") };
    const deadline = running(disclosureDeadline({ receivedAt: request, consultations: [consultation] }, calendar));
    expect(dueDay(deadline)).toBe("2026-04-10");
    expect(deadline.remainingWorkingDays(bj("2026-03-16 09:00"))).toBe(14);
    expect(deadline.remainingWorkingDays(bj("2026-03-23 09:00"))).toBe(13);
  });

  it("allow a pause that starts when another ends, and one after the due date changes nothing", () => {
    const request = bj("2026-03-02 09:00");
    const completion = { from: bj("2026-03-03 10:00"), to: bj("2026-03-05 10:00") };
    const consultation = { from: bj("2026-03-05 10:00"), to: bj("2026-03-09 10:00") };
    // 03-03 is day 1; 03-04 … 03-09 do not count (four working days and a weekend); 03-10 … 04-03 are 2–20.
    const deadline = disclosureDeadline(
      { receivedAt: request, completionWaits: [completion], consultations: [consultation] },
      calendar,
    );
    expect(dueDay(deadline)).toBe("2026-04-03");
    const late = { from: bj("2026-04-01 10:00"), to: null };
    expect(dueDay(computeDeadline({ receivedAt: request, baseDays: 7, pauses: [late] }, calendar))).toBe("2026-03-11");
  });
});

describe("pauses that cannot be right", () => {
  const receivedAt = bj("2026-03-02 09:00");
  const refuse = (pauses: { from: Date; to: Date | null }[]) => () =>
    computeDeadline({ receivedAt, baseDays: 20, pauses }, calendar);

  it("refuses overlapping and nested pauses", () => {
    const first = { from: bj("2026-03-10 09:00"), to: bj("2026-03-20 09:00") };
    expect(refuse([first, { from: bj("2026-03-15 09:00"), to: bj("2026-03-25 09:00") }])).toThrow(/中止计时时段重叠/);
    expect(refuse([first, { from: bj("2026-03-12 09:00"), to: bj("2026-03-13 09:00") }])).toThrow(DeadlineInputError);
    // Given in any order.
    expect(refuse([{ from: bj("2026-03-12 09:00"), to: bj("2026-03-13 09:00") }, first])).toThrow(DeadlineInputError);
    // Nothing can start while a pause is still open.
    expect(
      refuse([
        { from: bj("2026-03-10 09:00"), to: null },
        { from: bj("2026-03-20 09:00"), to: null },
      ]),
    ).toThrow("中止计时时段重叠：2026-03-10 09:00–至今 与 2026-03-20 09:00 开始的时段。同时等待多方时请记为一个时段");
  });

  it("refuses pauses before receipt or ending before they start, and bad periods", () => {
    expect(refuse([{ from: bj("2026-03-01 09:00"), to: bj("2026-03-03 09:00") }])).toThrow(/早于收件时间/);
    expect(refuse([{ from: bj("2026-03-05 09:00"), to: bj("2026-03-04 09:00") }])).toThrow(
      /结束时间 2026-03-04 09:00 早于开始时间/,
    );
    expect(() => computeDeadline({ receivedAt, baseDays: 0 }, calendar)).toThrow(/期限工作日数应为不小于 1 的整数/);
    expect(() => computeDeadline({ receivedAt, baseDays: 7, extensionDays: -1 }, calendar)).toThrow(DeadlineInputError);
    expect(() => computeDeadline({ receivedAt: new Date(Number.NaN), baseDays: 7 }, calendar)).toThrow(/收件时间无效/);
  });
});
