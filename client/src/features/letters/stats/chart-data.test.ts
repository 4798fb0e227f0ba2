import { describe, expect, it } from "vitest";
import {
  channelChart,
  chartHeightRem,
  dataTable,
  departmentChart,
  formatRate,
  hasValues,
  moderationChart,
  monthChart,
  onTimeChart,
  publicationChart,
} from "./chart-data";

describe("formatRate", () => {
  it("shows a share as a percentage with at most one decimal", () => {
    expect(formatRate(0.875)).toBe("87.5%");
    expect(formatRate(1)).toBe("100%");
    expect(formatRate(2 / 3)).toBe("66.7%");
  });

  it("shows a dash when nothing could be computed", () => {
    expect(formatRate(null)).toBe("—");
  });
});

describe("chart models", () => {
  it("labels channels in Chinese and keeps the server's order", () => {
    const model = channelChart([
      { channel: "CITIZEN_PLATFORM", count: 63 },
      { channel: "ONLINE_PETITION", count: 9 },
      { channel: "DIRECTOR_MAILBOX", count: 30 },
    ]);
    expect(model.labels).toEqual(["政民互动平台", "网上信访", "局长信箱"]);
    expect(model.series).toEqual([{ label: "件数", values: [63, 9, 30] }]);
    expect(model.horizontal).toBe(true);
  });

  it("names letters not assigned to a department 未分办", () => {
    expect(
      departmentChart([
        { departmentName: "规划编制科", count: 4 },
        { departmentName: null, count: 2 },
      ]).labels,
    ).toEqual(["规划编制科", "未分办"]);
  });

  it("stacks months by channel, leaving out channels with no letter at all", () => {
    const model = monthChart([
      {
        month: 2,
        byChannel: [
          { channel: "DIRECTOR_MAILBOX", count: 1 },
          { channel: "CITIZEN_PLATFORM", count: 5 },
          { channel: "LEADER_MESSAGE_BOARD", count: 0 },
        ],
      },
      {
        month: 1,
        byChannel: [
          { channel: "DIRECTOR_MAILBOX", count: 3 },
          { channel: "CITIZEN_PLATFORM", count: 0 },
          { channel: "LEADER_MESSAGE_BOARD", count: 0 },
        ],
      },
    ]);
    expect(model.labels).toEqual(["1 月", "2 月"]);
    expect(model.series).toEqual([
      { label: "局长信箱", values: [3, 1] },
      { label: "政民互动平台", values: [0, 5] },
    ]);
    expect(model.stacked).toBe(true);
    expect(model.horizontal).toBe(false);
  });

  it("splits acknowledgement and reply into on time, late and pending, with the rate for the table", () => {
    const model = onTimeChart(
      { onTime: 8, late: 2, pending: 1, rate: 0.8 },
      { onTime: 90, late: 0, pending: 12, rate: 1 },
    );
    expect(model.labels).toEqual(["告知", "答复"]);
    expect(model.series.map((s) => [s.label, s.values])).toEqual([
      ["按时", [8, 90]],
      ["超期", [2, 0]],
      ["未到期", [1, 12]],
    ]);
    expect(model.extra).toEqual({ label: "按时率", values: ["80%", "100%"] });
    expect(model.colors).toEqual(["--chart-good", "--chart-bad", "--chart-neutral"]);
  });

  it("shows only the month asked for among the moderation counts", () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, letters: i, comments: 1 }));
    expect(moderationChart(months, 3)).toMatchObject({
      labels: ["3 月"],
      series: [
        { label: "公开来信", values: [2] },
        { label: "规划公示意见", values: [1] },
      ],
    });
    expect(moderationChart(months, null).labels).toHaveLength(12);
  });
});

describe("dataTable", () => {
  it("gives a single series its share of the total and closes with 合计", () => {
    const table = dataTable(publicationChart({ published: 3, hidden: 1, unpublished: 4 }));
    expect(table.columns).toEqual(["件数", "占比"]);
    expect(table.rows).toEqual([
      { label: "已公开", cells: ["3", "37.5%"] },
      { label: "公开后隐藏", cells: ["1", "12.5%"] },
      { label: "未公开", cells: ["4", "50%"] },
    ]);
    expect(table.total).toEqual({ label: "合计", cells: ["8", "100%"] });
  });

  it("gives several series a row total, and the table-only column after it", () => {
    const table = dataTable(
      onTimeChart({ onTime: 1, late: 1, pending: 0, rate: 0.5 }, { onTime: 3, late: 0, pending: 2, rate: 1 }),
    );
    expect(table.columns).toEqual(["按时", "超期", "未到期", "合计", "按时率"]);
    expect(table.rows[0]).toEqual({ label: "告知", cells: ["1", "1", "0", "2", "50%"] });
    expect(table.rows[1]).toEqual({ label: "答复", cells: ["3", "0", "2", "5", "100%"] });
    expect(table.total.cells).toEqual(["4", "1", "2", "7", ""]);
  });

  it("does not divide by zero when there is nothing to count", () => {
    const table = dataTable(channelChart([{ channel: "DIRECTOR_MAILBOX", count: 0 }]));
    expect(table.rows[0]?.cells).toEqual(["0", "—"]);
    expect(table.total.cells).toEqual(["0", "—"]);
  });
});

describe("hasValues and chartHeightRem", () => {
  it("knows an all-zero chart draws nothing", () => {
    expect(hasValues(channelChart([{ channel: "DIRECTOR_MAILBOX", count: 0 }]))).toBe(false);
    expect(hasValues(channelChart([{ channel: "DIRECTOR_MAILBOX", count: 1 }]))).toBe(true);
  });

  it("grows a bar chart across with its rows and leaves room for a legend", () => {
    const three = channelChart([
      { channel: "DIRECTOR_MAILBOX", count: 1 },
      { channel: "ONLINE_PETITION", count: 1 },
      { channel: "CITIZEN_PLATFORM", count: 1 },
    ]);
    const five = channelChart([
      ...Array.from({ length: 5 }, () => ({ channel: "DIRECTOR_MAILBOX" as const, count: 1 })),
    ]);
    expect(chartHeightRem(five)).toBeGreaterThan(chartHeightRem(three));
    const stacked = onTimeChart(
      { onTime: 1, late: 0, pending: 0, rate: 1 },
      { onTime: 1, late: 0, pending: 0, rate: 1 },
    );
    const single = channelChart([
      { channel: "DIRECTOR_MAILBOX", count: 1 },
      { channel: "ONLINE_PETITION", count: 1 },
    ]);
    expect(chartHeightRem(stacked)).toBeGreaterThan(chartHeightRem(single));
  });
});
