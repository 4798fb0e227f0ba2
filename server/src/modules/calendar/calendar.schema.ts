// The working-day calendar as staff see it, and how an admin loads a new year's State Council
// holiday notice without a code change. The years bundled with the code (builtin-schedules.ts)
// work with no row in WorkCalendarYear; a loaded year overrides the bundled one of the same year
// (e.g. the official 2027 notice replacing the provisional 2027).
import { z } from "zod";
import { builder, InputError, type InputErrorShape } from "../../builder.js";
import type { Context } from "../../context.js";
import type { WorkCalendarYear } from "../../generated/prisma/client.js";
import { refreshDeadlines } from "../letters/deadlines.js";
import { OPEN_STATUSES } from "../letters/letters.rules.js";
import { invalidateWorkCalendar, workCalendar } from "../letters/work-calendar.js";
import { parseYearSchedule, type YearSchedule } from "./calendar.validation.js";
import { startOfShanghaiDay } from "./shanghai-day.js";

/** A year's schedule file is a few hundred bytes; this bounds what the parser is given. */
export const MAX_SCHEDULE_JSON_CHARS = 20_000;

type CalendarYearShape = YearSchedule & {
  /** The row an admin loaded, or null for a year bundled with the code. */
  loaded: Pick<WorkCalendarYear, "loadedById" | "loadedAt"> | null;
};

const WorkCalendarSourceEnum = builder.enumType("WorkCalendarSource", {
  description: "OFFICIAL: from the State Council's notice; PROVISIONAL: 暂定, until the notice is out.",
  values: ["OFFICIAL", "PROVISIONAL"] as const,
});

const WorkCalendarYearRef = builder.objectRef<CalendarYearShape>("WorkCalendarYear").implement({
  description: "One year of the holiday schedule (放假调休安排) the letters' working-day clocks use.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    source: t.field({
      type: WorkCalendarSourceEnum,
      resolve: (y) => (y.source === "official" ? "OFFICIAL" : "PROVISIONAL"),
    }),
    notice: t.string({
      nullable: true,
      description: "The notice it comes from, or how a provisional year was derived.",
      resolve: (y) => y.notice ?? null,
    }),
    holidays: t.stringList({
      description: "Days off (YYYY-MM-DD), weekends inside a holiday included.",
      resolve: (y) => y.holidays,
    }),
    workdays: t.stringList({
      description: "调休上班: Saturdays and Sundays that are working days.",
      resolve: (y) => y.workdays,
    }),
    builtIn: t.boolean({
      description: "Shipped with the code; false when an admin loaded it.",
      resolve: (y) => y.loaded === null,
    }),
    loadedBy: t.prismaField({
      type: "User",
      nullable: true,
      description: "The admin who loaded it; null for a bundled year.",
      resolve: (query, y, _args, ctx) =>
        y.loaded?.loadedById ? ctx.prisma.user.findUnique({ ...query, where: { id: y.loaded.loadedById } }) : null,
    }),
    loadedAt: t.field({ type: "DateTime", nullable: true, resolve: (y) => y.loaded?.loadedAt ?? null }),
  }),
});

type LoadPayloadShape = { year: CalendarYearShape | null; refreshedLetters: number; errors: InputErrorShape[] };

const LoadWorkCalendarYearPayload = builder.objectRef<LoadPayloadShape>("LoadWorkCalendarYearPayload").implement({
  description: "The year as loaded, or every problem found in the file (nothing is stored then).",
  fields: (t) => ({
    year: t.field({ type: WorkCalendarYearRef, nullable: true, resolve: (p) => p.year }),
    refreshedLetters: t.exposeInt("refreshedLetters", {
      description: "Open letters whose deadlines were recomputed on the new schedule.",
    }),
    errors: t.field({ type: [InputError], resolve: (p) => p.errors }),
  }),
});

/** Every year the calendar covers: the bundled ones and those an admin loaded. */
async function calendarYears(ctx: Context): Promise<CalendarYearShape[]> {
  const calendar = await workCalendar(ctx);
  const rows = await ctx.prisma.workCalendarYear.findMany({ select: { year: true, loadedById: true, loadedAt: true } });
  const loaded = new Map(rows.map((row) => [row.year, row]));
  return calendar.years.flatMap((year) => {
    const schedule = calendar.schedule(year);
    return schedule ? [{ ...schedule, loaded: loaded.get(year) ?? null }] : [];
  });
}

async function loadYear(ctx: Context, json: string): Promise<LoadPayloadShape> {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error("loadWorkCalendarYear reached without a viewer");
  const parsed = parseYearSchedule(json);
  if (!parsed.ok) {
    await ctx.audit.record({
      action: "calendar.year.load",
      outcome: "FAILURE",
      targetType: "WorkCalendarYear",
      detail: { errors: parsed.errors.slice(0, 20) },
    });
    return { year: null, refreshedLetters: 0, errors: parsed.errors.map((message) => ({ message, field: "json" })) };
  }
  const { schedule } = parsed;
  const now = ctx.clock.now();
  const data = {
    holidays: schedule.holidays,
    workdays: schedule.workdays,
    source: schedule.source,
    notice: schedule.notice ?? null,
    loadedById: viewer.userId,
    loadedAt: now,
  };
  let refreshedLetters = 0;
  try {
    await ctx.prisma.$transaction(
      async (tx) => {
        await tx.workCalendarYear.upsert({
          where: { year: schedule.year },
          create: { year: schedule.year, ...data },
          update: data,
        });
        // Deadlines stored on open letters were computed on the old schedule: recompute those that
        // can reach into the year, inside the same transaction, so the calendar and the stored due
        // dates never disagree. The calendar is read through the transaction (it sees the new row).
        invalidateWorkCalendar();
        const letters = await tx.letter.findMany({
          where: {
            status: { in: [...OPEN_STATUSES] },
            receivedAt: { lt: startOfShanghaiDay(`${schedule.year + 1}-01-01`) },
          },
          select: { id: true },
        });
        for (const letter of letters) await refreshDeadlines(tx, ctx, letter.id);
        refreshedLetters = letters.length;
      },
      // Hundreds of open letters at most, a few statements each.
      { timeout: 60_000 },
    );
  } finally {
    // Whether it committed or rolled back, the calendar loaded inside the transaction is not to be kept.
    invalidateWorkCalendar();
  }
  await ctx.audit.record({
    action: "calendar.year.load",
    targetType: "WorkCalendarYear",
    targetId: String(schedule.year),
    detail: {
      source: schedule.source,
      holidays: schedule.holidays.length,
      workdays: schedule.workdays.length,
      refreshedLetters,
    },
  });
  const year = (await calendarYears(ctx)).find((y) => y.year === schedule.year) ?? null;
  return { year, refreshedLetters, errors: [] };
}

builder.queryFields((t) => ({
  workCalendarYears: t.field({
    type: [WorkCalendarYearRef],
    description: "The years the working-day calendar covers, ascending, with where each comes from. Staff.",
    resolve: (_root, _args, ctx) => calendarYears(ctx),
  }),
}));

builder.mutationFields((t) => ({
  loadWorkCalendarYear: t.field({
    type: LoadWorkCalendarYearPayload,
    description:
      'Loads one year\'s holiday schedule from JSON: { "year": 2027, "holidays": ["2027-01-01", …], "workdays": ["2027-02-06", …], "source": "official", "notice": "国务院办公厅关于2027年部分节假日安排的通知" }. Replaces a loaded or bundled year of the same number and recomputes open letters\' deadlines. ADMIN.',
    authScopes: { roles: ["ADMIN"] },
    args: {
      json: t.arg.string({
        required: true,
        validate: {
          schema: z
            .string()
            .max(MAX_SCHEDULE_JSON_CHARS, `文件过长（超过 ${MAX_SCHEDULE_JSON_CHARS} 个字符），请只上传一年的安排`),
        },
      }),
    },
    resolve: (_root, args, ctx) => loadYear(ctx, args.json),
  }),
}));
