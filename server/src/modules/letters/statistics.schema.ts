// letterStatistics: public figures about the letters of a year or month (statistics.service.ts
// says how each is counted). The staff xlsx export of the same figures is an HTTP route
// (statistics.xlsx.ts), since a browser downloads a file best from a plain GET.
import { builder } from "../../builder.js";
import { LetterChannelEnum, LetterTypeEnum } from "./letters.enums.js";
import { type LetterStatistics, letterStatistics, type OnTimeFigures } from "./statistics.service.js";
import { statisticsMonth, statisticsYear } from "./statistics.validation.js";

const PUBLIC = { skipTypeScopes: true, authScopes: { public: true } } as const;

type ChannelCount = LetterStatistics["byChannel"][number];

const ChannelCountRef = builder.objectRef<ChannelCount>("LetterChannelCount").implement({
  fields: (t) => ({
    channel: t.field({ type: LetterChannelEnum, resolve: (c) => c.channel }),
    count: t.exposeInt("count"),
  }),
});

const TypeCountRef = builder.objectRef<LetterStatistics["byType"][number]>("LetterTypeCount").implement({
  fields: (t) => ({
    type: t.field({ type: LetterTypeEnum, resolve: (c) => c.type }),
    count: t.exposeInt("count"),
  }),
});

const DepartmentCountRef = builder
  .objectRef<LetterStatistics["byDepartment"][number]>("LetterDepartmentCount")
  .implement({
    fields: (t) => ({
      departmentName: t.exposeString("departmentName", {
        nullable: true,
        description: "The department (科室); null for letters not assigned yet (未分办).",
      }),
      count: t.exposeInt("count"),
    }),
  });

const MonthCountRef = builder.objectRef<LetterStatistics["byMonth"][number]>("LetterMonthCount").implement({
  fields: (t) => ({
    month: t.exposeInt("month", { description: "1–12." }),
    count: t.exposeInt("count"),
    byChannel: t.field({ type: [ChannelCountRef], resolve: (m) => m.byChannel }),
  }),
});

const OnTimeRef = builder.objectRef<OnTimeFigures>("LetterOnTimeFigures").implement({
  description:
    "按时率: on time = done at or before the end of the due day. A letter not done and past due is late already; one not done and not yet due (or paused) is pending and left out of the rate.",
  fields: (t) => ({
    onTime: t.exposeInt("onTime"),
    late: t.exposeInt("late"),
    pending: t.exposeInt("pending"),
    rate: t.exposeFloat("rate", {
      nullable: true,
      description: "onTime / (onTime + late), 0–1; null when none is settled.",
    }),
  }),
});

const HandlingRef = builder.objectRef<LetterStatistics["handling"]>("LetterHandlingTime").implement({
  fields: (t) => ({
    replied: t.exposeInt("replied", { description: "Replied letters the average is over." }),
    averageWorkingDays: t.exposeFloat("averageWorkingDays", {
      nullable: true,
      description: "Average working days from receipt to reply (one decimal); null when none is replied.",
    }),
  }),
});

const SatisfactionRef = builder.objectRef<LetterStatistics["satisfaction"]>("LetterSatisfaction").implement({
  description: "The writers' ratings of the replies (满意度).",
  fields: (t) => ({
    satisfied: t.exposeInt("satisfied", { description: "满意" }),
    basicallySatisfied: t.exposeInt("basicallySatisfied", { description: "基本满意" }),
    unsatisfied: t.exposeInt("unsatisfied", { description: "不满意" }),
    unrated: t.exposeInt("unrated", { description: "Replied, not rated." }),
    rate: t.exposeFloat("rate", {
      nullable: true,
      description: "(satisfied + basically satisfied) / rated, 0–1; null when none is rated.",
    }),
  }),
});

const PublicationRef = builder.objectRef<LetterStatistics["publication"]>("LetterPublicationCounts").implement({
  fields: (t) => ({
    published: t.exposeInt("published", { description: "Published and visible (来信选登)." }),
    hidden: t.exposeInt("hidden", { description: "Published, then hidden by moderation." }),
    unpublished: t.exposeInt("unpublished"),
  }),
});

export const LetterStatisticsRef = builder.objectRef<LetterStatistics>("LetterStatistics").implement({
  description: "Figures about the letters received in a year or a month (Beijing time). Counts only.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    month: t.exposeInt("month", { nullable: true }),
    total: t.exposeInt("total"),
    byChannel: t.field({ type: [ChannelCountRef], resolve: (s) => s.byChannel }),
    byType: t.field({ type: [TypeCountRef], resolve: (s) => s.byType }),
    byDepartment: t.field({ type: [DepartmentCountRef], resolve: (s) => s.byDepartment }),
    byMonth: t.field({ type: [MonthCountRef], resolve: (s) => s.byMonth }),
    acknowledgement: t.field({
      type: OnTimeRef,
      description: "Acknowledgement (已告知) of complex letters.",
      resolve: (s) => s.acknowledgement,
    }),
    reply: t.field({ type: OnTimeRef, resolve: (s) => s.reply }),
    handling: t.field({ type: HandlingRef, resolve: (s) => s.handling }),
    satisfaction: t.field({ type: SatisfactionRef, resolve: (s) => s.satisfaction }),
    publication: t.field({ type: PublicationRef, resolve: (s) => s.publication }),
  }),
});

builder.queryFields((t) => ({
  letterStatistics: t.field({
    type: LetterStatisticsRef,
    description: "来信统计 of the letters received in `year`, or in one `month` of it. Public: counts only.",
    ...PUBLIC,
    args: {
      year: t.arg.int({ required: true, validate: { schema: statisticsYear } }),
      month: t.arg.int({ validate: { schema: statisticsMonth } }),
    },
    resolve: (_root, args, ctx) => letterStatistics(ctx, { year: args.year, month: args.month ?? null }),
  }),
}));
