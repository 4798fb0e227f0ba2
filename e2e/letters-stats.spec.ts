import { readFile } from "node:fs/promises";
import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { graphql } from "./support/graphql";
import { signInAs } from "./support/portal";
import { signOutFromAnywhere } from "./support/workbench";

// 来信统计 on a phone (public, charts with data tables) and 工作日历 for the admin: the years the
// deadlines are counted on, 2027 still 暂定, and a bad schedule file refused entry by entry.

test.describe.configure({ mode: "serial" });

/** The bureau's current year (the browser runs in Asia/Shanghai, the server counts in Beijing time). */
const thisYear = () =>
  Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(new Date()));

test("a citizen reads this year's letter statistics, chart and table alike", async ({ page, axePage }) => {
  // One letter received today through 政民互动平台, so the year has figures to chart whatever the seed holds.
  await signInAs(page, "ADMIN");
  const registered = await graphql<{ registerExternalLetter: { letter: { id: string } | null; errors: unknown[] } }>(
    page.request,
    `mutation RegisterForStatistics($input: ExternalLetterInput!) {
      registerExternalLetter(input: $input) { letter { id } errors { message field } }
    }`,
    {
      input: {
        channel: "CITIZEN_PLATFORM",
        type: "CONSULTATION",
        externalId: `E2E-STATS-${Date.now()}`,
        subject: "咨询滨江公园二期规划进度",
        body: "请问滨江公园二期的规划方案什么时候公示？沿江步道是否与一期连通？",
      },
    },
  );
  expect(registered.registerExternalLetter.errors).toEqual([]);
  await signOutFromAnywhere(page);

  await page.goto("/letters/statistics");
  await expect(page.getByRole("heading", { level: 1, name: "来信统计" })).toBeVisible();
  const period = page.getByRole("group", { name: "统计时段" });
  await expect(period.getByLabel("年份")).toHaveValue(String(thisYear()));
  await expect(period.getByLabel("月份")).toHaveValue("");
  await expect(page.getByRole("link", { name: "导出 Excel" })).toHaveCount(0);

  const received = page.locator(".stat-figures__item").filter({ hasText: "收到来信" });
  await expect(received).toContainText(/\d+ 件/);

  // The channel chart is drawn (chart.js loaded on this page only), and its table says the same.
  const channels = page.getByRole("region", { name: "按渠道" });
  await expect(channels.getByRole("img", { name: /^按渠道图表/ })).toBeVisible();
  await channels.getByText("查看“按渠道”数据表").click();
  const platformRow = channels.getByRole("row", { name: /^政民互动平台/ });
  await expect(platformRow.getByRole("cell").first()).not.toHaveText("0");

  // Moderation is public too: a row per month and the total. With nothing hidden there is no chart
  // and the table is open already; with something hidden it is under the chart, closed.
  const moderation = page.getByRole("region", { name: "隐藏的公开内容" });
  const moderationTable = moderation.locator("details");
  if (!(await moderationTable.evaluate((details: HTMLDetailsElement) => details.open))) {
    await moderationTable.getByText("查看“隐藏的公开内容”数据表").click();
  }
  await expect(moderation.getByRole("row")).toHaveCount(1 + 12 + 1);

  // One month: the URL keeps it, and the monthly chart (one bar) gives way to the month's figures.
  await period.getByLabel("月份").selectOption({ label: "1 月" });
  await expect(page).toHaveURL(new RegExp(`/letters/statistics\\?year=${thisYear()}&month=1$`));
  await expect(page.getByRole("region", { name: "按月份" })).toHaveCount(0);
  await expect(moderation.getByRole("row")).toHaveCount(1 + 1 + 1);

  await axePage.goto("/letters/statistics");
  await expect(axePage.getByRole("img", { name: /^按渠道图表/ })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "letter-statistics");
});

test("staff get the Excel export of the period they look at", async ({ page }) => {
  await signInAs(page, "MAINTAINER");
  await page.goto(`/letters/statistics?year=${thisYear()}&month=1`);
  const exportLink = page.getByRole("link", { name: "导出 Excel" });
  await expect(exportLink).toHaveAttribute("href", `/exports/letters-statistics.xlsx?year=${thisYear()}&month=1`);
  const downloading = page.waitForEvent("download");
  await exportLink.click();
  const download = await downloading;
  // Chromium takes the UTF-8 name (filename*) when the server gives both.
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^(来信统计-${thisYear()}年1月|letters-statistics-${thisYear()}-01)\\.xlsx$`),
  );
  // An xlsx file is a zip archive: "PK" first.
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  await signOutFromAnywhere(page);
});

test("the admin sees the calendar years 2024–2027, with 2027 暂定, and a bad file is refused entry by entry", async ({
  page,
  axePage,
}) => {
  await signInAs(page, "ADMIN");
  await page.goto("/staff/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "工作日历" })).toBeVisible();

  const yearCard = (year: number) =>
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${year} 年`) }) });
  for (const year of [2024, 2025, 2026]) {
    await expect(yearCard(year).getByRole("heading", { level: 2 })).toHaveText(`${year} 年正式`);
    await expect(yearCard(year)).toContainText("国务院办公厅通知");
  }
  await expect(yearCard(2027).getByRole("heading", { level: 2 })).toHaveText("2027 年暂定");
  await expect(yearCard(2027)).toContainText("随系统提供");

  const load = page.getByRole("region", { name: "导入年度节假日安排" });
  await load
    .getByLabel("JSON 内容")
    .fill(JSON.stringify({ year: 2028, holidays: ["2028-13-01"], workdays: ["2028-01-05"], source: "official" }));
  await load.getByRole("button", { name: "导入", exact: true }).click();
  const refused = load.getByRole("alert");
  await expect(refused).toContainText("未导入：发现 2 个问题");
  await expect(refused.getByRole("listitem")).toHaveText([
    /放假日期（holidays）第 1 项：“2028-13-01”不是有效日期/,
    /调休上班日期（workdays）第 1 项：2028-01-05 不是周六或周日/,
  ]);
  await expect(yearCard(2028)).toHaveCount(0);

  await signInAs(axePage, "ADMIN");
  await axePage.goto("/staff/calendar");
  await expect(axePage.getByRole("heading", { level: 2, name: /^2027 年/ })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "work-calendar");
});
