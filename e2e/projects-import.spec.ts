import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { signInAs } from "./support/portal";
import { openWorkbench } from "./support/workbench";

// 导入项目 from the approval system's Excel export: an editor uploads 50 projects (one permit
// each) as .xlsx. Three bad rows refuse the whole file, each named by its sheet row with the
// reason; the corrected file imports all 50 as drafts, which the workbench's 草稿 list then shows.
// (An import never publishes: the drafts go through review like any other item.)

// Codes, titles and permit numbers no seeded project and no other run has.
const run = String(Math.floor(Math.random() * 9_000) + 1_000);
const PROJECTS = 50;
const title = (n: number) => `五象新区导入项目${run}-${n}号地块`;

const HEADER = [
  "项目代码",
  "项目名称",
  "建设单位",
  "所在城区",
  "项目地址",
  "经度",
  "纬度",
  "用地性质",
  "项目阶段",
  "许可证类型",
  "许可证号",
  "发证日期",
  "发证机关",
];

/** Sheet rows (the header is row 1) that the first upload spoils, and what the server says. */
const SPOILED = [
  { row: 12, column: "用地性质", value: "9999", reason: "不在国土空间用地用海分类中" },
  { row: 27, column: "发证日期", value: "2026-02-30", reason: "发证日期不是有效的日期" },
  { row: 42, column: "许可证类型", value: "临时许可证", reason: "许可证类型应为" },
] as const;

/** The approval system's export as an .xlsx workbook: numbers and dates as Excel stores them. */
async function projectWorkbook(spoil: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("项目");
  sheet.addRow(HEADER);
  for (let n = 1; n <= PROJECTS; n++) {
    const serial = `${run}${String(n).padStart(2, "0")}`;
    sheet.addRow([
      `2026-450108-70-05-${serial}`,
      title(n),
      "南宁五象置业有限公司",
      "良庆区",
      `良庆区五象大道${n}号`,
      108.38 + n / 1000,
      22.76 + n / 1000,
      "0701",
      "工程规划许可",
      "建设工程规划许可证",
      `建字第45010020268${serial}号`,
      new Date(Date.UTC(2026, 1, 3)),
      "南宁市自然资源局",
    ]);
  }
  if (spoil) {
    for (const { row, column, value } of SPOILED) sheet.getRow(row).getCell(HEADER.indexOf(column) + 1).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function uploadProjects(page: Page, file: Buffer): Promise<void> {
  await page.getByLabel("选择文件（CSV 或 Excel .xlsx）", { exact: true }).setInputFiles({
    name: "项目导出.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await expect(page.getByText("已读取 项目导出.xlsx", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "导入", exact: true }).click();
}

async function openImportPage(page: Page): Promise<void> {
  await signInAs(page, "EDITOR");
  await openWorkbench(page);
  await page.getByRole("link", { name: "导入项目", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入项目" })).toBeVisible();
}

test("an editor imports 50 projects from Excel: bad rows refuse the file, the corrected one lands as drafts", async ({
  page,
  axePage,
}) => {
  await openImportPage(page);
  await uploadProjects(page, await projectWorkbook(true));

  // Nothing imported: the refusal names each spoiled row and why, and only those rows.
  const refusal = page.getByRole("region", { name: /未导入/ });
  await expect(refusal).toBeVisible();
  // One line per problem; a row may have more than one, but only the spoiled rows may appear.
  await expect(refusal.getByRole("rowheader").first()).toBeVisible();
  const rowsNamed = await refusal.getByRole("rowheader").allTextContents();
  expect([...new Set(rowsNamed)]).toEqual(SPOILED.map(({ row }) => `第 ${row} 行`));
  for (const { row, reason } of SPOILED) {
    const line = refusal.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `第 ${row} 行` }) });
    await expect(line.filter({ hasText: reason }).first()).toBeVisible();
  }
  await expect(page.getByText(/已导入 \d+ 个项目/)).toHaveCount(0);

  await signInAs(axePage, "EDITOR");
  await axePage.goto("/staff/projects/import");
  await uploadProjects(axePage, await projectWorkbook(true));
  await expect(axePage.getByRole("region", { name: /未导入/ })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "project import page listing refused rows");

  // Corrected, all 50 import as new drafts, each linked to its staff page.
  await uploadProjects(page, await projectWorkbook(false));
  await expect(page.getByText(`已导入 ${PROJECTS} 个项目`, { exact: false })).toBeVisible();
  const created = page
    .getByRole("region", { name: /已导入/ })
    .getByRole("link", { name: new RegExp(`导入项目${run}-`) });
  await expect(created).toHaveCount(PROJECTS);

  // The workbench's 草稿 list shows them (newest first), and one opens as the draft it is.
  await page.goto("/staff?tab=drafts");
  const drafts = page.getByRole("link", { name: new RegExp(`五象新区导入项目${run}-\\d+号地块`) });
  await expect(drafts.first()).toBeVisible();
  const opened = (await drafts.first().textContent())?.trim() ?? "";
  await drafts.first().click();
  await expect(page).toHaveURL(/\/staff\/items\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: opened })).toBeVisible();
});
