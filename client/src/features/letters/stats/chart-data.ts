import { statsStrings } from "./strings";

/**
 * The figures of letterStatistics and moderationCounts shaped for the page. Every chart and the
 * data table under it are drawn from one ChartModel, so the table always says what the chart shows
 * (a canvas chart alone is not accessible; the table is the accessible form of it).
 */

type Channel = keyof typeof statsStrings.channelLabels;
type LetterType = keyof typeof statsStrings.typeLabels;

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartModel {
  /** One per category: a bar (or stack of bars) in the chart, a row in the table. */
  labels: string[];
  series: ChartSeries[];
  /** Several series stack into one bar per category (months by channel). */
  stacked: boolean;
  /** Categories down the side: long Chinese labels read better as rows on a phone. */
  horizontal: boolean;
  /** A column shown in the table only (e.g. the on-time rate next to the counts). */
  extra?: { label: string; values: string[] };
  /** CSS custom properties giving each series its colour, when the colour means something. */
  colors?: readonly string[];
}

export interface OnTimeFigures {
  onTime: number;
  late: number;
  pending: number;
  rate: number | null;
}

const percent = new Intl.NumberFormat("zh-CN", { style: "percent", maximumFractionDigits: 1 });

/** 0.875 → "87.5%"; null (nothing to compute it from) → "—". */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? statsStrings.figures.none : percent.format(rate);
}

/** The share of a count in a total, "—" when the total is 0. */
export function formatShare(count: number, total: number): string {
  return total > 0 ? percent.format(count / total) : statsStrings.figures.none;
}

const single = (labels: string[], values: number[]): ChartModel => ({
  labels,
  series: [{ label: statsStrings.table.count, values }],
  stacked: false,
  horizontal: true,
});

export function channelChart(rows: ReadonlyArray<{ channel: Channel; count: number }>): ChartModel {
  return single(
    rows.map((r) => statsStrings.channelLabels[r.channel]),
    rows.map((r) => r.count),
  );
}

export function typeChart(rows: ReadonlyArray<{ type: LetterType; count: number }>): ChartModel {
  return single(
    rows.map((r) => statsStrings.typeLabels[r.type]),
    rows.map((r) => r.count),
  );
}

export function departmentChart(rows: ReadonlyArray<{ departmentName: string | null; count: number }>): ChartModel {
  return single(
    rows.map((r) => r.departmentName ?? statsStrings.table.unassigned),
    rows.map((r) => r.count),
  );
}

/**
 * Letters per month, stacked by channel. Channels with no letter in the whole period are left out
 * so the legend lists only what the bars show; the channels keep the order they first appear in.
 */
export function monthChart(
  months: ReadonlyArray<{ month: number; byChannel: ReadonlyArray<{ channel: Channel; count: number }> }>,
): ChartModel {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  const channels: Channel[] = [];
  for (const month of sorted) {
    for (const { channel, count } of month.byChannel) {
      if (count > 0 && !channels.includes(channel)) channels.push(channel);
    }
  }
  return {
    labels: sorted.map((m) => statsStrings.table.monthLabel(m.month)),
    series: channels.map((channel) => ({
      label: statsStrings.channelLabels[channel],
      values: sorted.map((m) => m.byChannel.find((c) => c.channel === channel)?.count ?? 0),
    })),
    stacked: true,
    horizontal: false,
  };
}

/** 告知 and 答复, each split into on time, late and not yet due; the rate in the table. */
export function onTimeChart(acknowledgement: OnTimeFigures, reply: OnTimeFigures): ChartModel {
  const rows = [acknowledgement, reply];
  const s = statsStrings.onTime;
  return {
    labels: [s.acknowledgement, s.reply],
    series: [
      { label: s.onTime, values: rows.map((r) => r.onTime) },
      { label: s.late, values: rows.map((r) => r.late) },
      { label: s.pending, values: rows.map((r) => r.pending) },
    ],
    stacked: true,
    horizontal: true,
    extra: { label: s.rate, values: rows.map((r) => formatRate(r.rate)) },
    colors: ["--chart-good", "--chart-bad", "--chart-neutral"],
  };
}

export function satisfactionChart(figures: {
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  unrated: number;
}): ChartModel {
  const s = statsStrings.satisfaction;
  return single(
    [s.satisfied, s.basicallySatisfied, s.unsatisfied, s.unrated],
    [figures.satisfied, figures.basicallySatisfied, figures.unsatisfied, figures.unrated],
  );
}

export function publicationChart(figures: { published: number; hidden: number; unpublished: number }): ChartModel {
  const s = statsStrings.publication;
  return single([s.published, s.hidden, s.unpublished], [figures.published, figures.hidden, figures.unpublished]);
}

/** Items hidden per month: the whole year, or the one month asked for. */
export function moderationChart(
  months: ReadonlyArray<{ month: number; letters: number; comments: number }>,
  only: number | null,
): ChartModel {
  const shown = [...months].filter((m) => only === null || m.month === only).sort((a, b) => a.month - b.month);
  return {
    labels: shown.map((m) => statsStrings.table.monthLabel(m.month)),
    series: [
      { label: statsStrings.moderation.letters, values: shown.map((m) => m.letters) },
      { label: statsStrings.moderation.comments, values: shown.map((m) => m.comments) },
    ],
    stacked: true,
    horizontal: false,
  };
}

export interface DataTable {
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
  /** The 合计 row: sums of the count columns (blank for shares and rates). */
  total: { label: string; cells: string[] };
}

/**
 * The table of a chart: a row per category, a column per series. A single series also gets its
 * share of the total; several get a row total. The 合计 row closes the table.
 */
export function dataTable(model: ChartModel): DataTable {
  const t = statsStrings.table;
  const several = model.series.length > 1;
  const rowTotal = (i: number) => model.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
  const grand = model.labels.reduce((sum, _label, i) => sum + rowTotal(i), 0);
  const columns = [...model.series.map((s) => s.label), several ? t.total : t.share];
  if (model.extra) columns.push(model.extra.label);

  const rows = model.labels.map((label, i) => {
    const cells = model.series.map((s) => String(s.values[i] ?? 0));
    cells.push(several ? String(rowTotal(i)) : formatShare(rowTotal(i), grand));
    if (model.extra) cells.push(model.extra.values[i] ?? "");
    return { label, cells };
  });
  const totalCells = model.series.map((s) => String(s.values.reduce((sum, v) => sum + v, 0)));
  totalCells.push(several ? String(grand) : grand > 0 ? formatShare(grand, grand) : statsStrings.figures.none);
  if (model.extra) totalCells.push("");
  return { columns, rows, total: { label: t.total, cells: totalCells } };
}

/** Whether a chart would draw anything at all (an all-zero chart is replaced by its table alone). */
export function hasValues(model: ChartModel): boolean {
  return model.series.some((s) => s.values.some((v) => v > 0));
}

/**
 * How tall a chart is, in rem (so the 关怀 large-text mode makes it taller with its labels): a
 * row per category across, a fixed height for columns, and room for the legend of several series.
 */
export function chartHeightRem(model: ChartModel): number {
  const legend = model.series.length > 1 ? 2.5 : 0;
  const plot = model.horizontal ? Math.max(model.labels.length, 1) * 2.5 + 2.5 : 14;
  return plot + legend;
}
