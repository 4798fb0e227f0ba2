import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { signInAs } from "./support/portal";
import { openWorkbench } from "./support/workbench";

// Staff keep projects through the publishing workflow: the editor fills in 项目信息 with a permit
// in the draft form on a phone, saves, and the draft comes back with the same values. Then the
// import page refuses a file with a bad row, naming the row.

test.describe.configure({ mode: "serial" });

// A code and permit number no seeded project has.
const suffix = String(Math.floor(Math.random() * 900_000) + 100_000);
const code = `2026-450103-70-01-${suffix}`;
const permitNumber = `建字第4501002026${suffix}号`;
const title = `青秀区凤岭北片区安置房项目 ${suffix}`;

test("the editor creates a project with a permit, and the saved draft reloads with the same values", async ({
  page,
  axePage,
}) => {
  await signInAs(page, "EDITOR");
  await openWorkbench(page);
  await page.getByRole("link", { name: "新建稿件", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建稿件" })).toBeVisible();

  await page.getByLabel("信息类别", { exact: true }).selectOption("PROJECT");
  await page.getByLabel("标题", { exact: true }).fill(title);
  const body = page.getByRole("textbox", { name: "正文", exact: true });
  await body.click();
  await page.keyboard.type("项目概况：安置住房及配套设施。");

  const details = page.getByRole("group", { name: "专项信息" });
  await details.getByLabel("项目代码", { exact: true }).fill(code);
  await details.getByLabel("建设单位", { exact: true }).fill("南宁市青秀区城市建设投资有限公司");
  await details.getByLabel("所在城区", { exact: true }).selectOption("青秀区");
  await details.getByLabel("项目地址", { exact: true }).fill("青秀区凤岭北路 66 号");
  await details.getByLabel("项目阶段", { exact: true }).selectOption("WORKS_PERMIT");
  await details.getByLabel("用地性质", { exact: true }).selectOption("0701");
  await details.getByLabel("经度", { exact: true }).fill("108.4012");
  await details.getByLabel("纬度", { exact: true }).fill("22.8456");
  await details.getByLabel("用地面积（平方米）", { exact: true }).fill("12,500");

  await details.getByRole("button", { name: "添加许可证", exact: true }).click();
  const permit = details.getByRole("group", { name: "许可证 1", exact: true });
  await permit.getByLabel("许可证类型", { exact: true }).selectOption("WORKS_PERMIT");
  await permit.getByLabel("许可证号", { exact: true }).fill(permitNumber);
  await permit.getByLabel("发证日期", { exact: true }).fill("2026-03-01");
  await permit.getByLabel("发证机关", { exact: true }).fill("南宁市自然资源局");
  await permit.getByLabel("许可内容", { exact: true }).fill("安置住房 6 栋及地下车库");
  await expect(permit.getByRole("button", { name: "删除第 1 条许可证", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/items\/[^/]+\/edit$/);
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  const editUrl = page.url();

  // What comes back is the server's revision, not the form's memory: a fresh load of the page.
  await page.goto(editUrl);
  const reloaded = page.getByRole("group", { name: "专项信息" });
  await expect(reloaded.getByLabel("项目代码", { exact: true })).toHaveValue(code);
  await expect(reloaded.getByLabel("建设单位", { exact: true })).toHaveValue("南宁市青秀区城市建设投资有限公司");
  await expect(reloaded.getByLabel("所在城区", { exact: true })).toHaveValue("青秀区");
  await expect(reloaded.getByLabel("项目阶段", { exact: true })).toHaveValue("WORKS_PERMIT");
  await expect(reloaded.getByLabel("用地性质", { exact: true })).toHaveValue("0701");
  await expect(reloaded.getByLabel("经度", { exact: true })).toHaveValue("108.4012");
  await expect(reloaded.getByLabel("纬度", { exact: true })).toHaveValue("22.8456");
  await expect(reloaded.getByLabel("用地面积（平方米）", { exact: true })).toHaveValue("12500");
  const saved = reloaded.getByRole("group", { name: "许可证 1", exact: true });
  await expect(saved.getByLabel("许可证类型", { exact: true })).toHaveValue("WORKS_PERMIT");
  await expect(saved.getByLabel("许可证号", { exact: true })).toHaveValue(permitNumber);
  await expect(saved.getByLabel("发证日期", { exact: true })).toHaveValue("2026-03-01");
  await expect(saved.getByLabel("发证机关", { exact: true })).toHaveValue("南宁市自然资源局");
  await expect(saved.getByLabel("许可内容", { exact: true })).toHaveValue("安置住房 6 栋及地下车库");
  await expect(saved.getByLabel("许可证状态", { exact: true })).toHaveValue("VALID");
  await expect(reloaded.getByRole("group", { name: "许可证 2", exact: true })).toHaveCount(0);

  // A typo in a number is named beside its field, and nothing is sent.
  await reloaded.getByLabel("容积率", { exact: true }).fill("2.5倍");
  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(reloaded.getByText("容积率须为数字").first()).toBeVisible();

  await signInAs(axePage, "EDITOR");
  await axePage.goto(editUrl);
  await expect(axePage.getByRole("group", { name: "许可证 1", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "editor page with project details");
});

test("the import page lists the rows it refused", async ({ page }) => {
  await signInAs(page, "EDITOR");
  await openWorkbench(page);
  await page.getByRole("link", { name: "导入项目", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入项目" })).toBeVisible();
  const csv = ["项目代码,项目名称,建设单位,所在城区", "2026-450103-70-01-999999,测试项目,测试单位,不存在区"].join("\n");
  await page
    .getByLabel("选择文件（CSV 或 Excel .xlsx）", { exact: true })
    .setInputFiles({ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const refusal = page.getByRole("region", { name: /未导入/ });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole("rowheader", { name: "第 2 行" }).first()).toBeVisible();

  // Corrected, the file imports: the new draft is linked to its staff page.
  const fixed = [
    "项目代码,项目名称,建设单位,所在城区,项目地址,经度,纬度,用地性质,项目阶段,许可证类型,许可证号,发证日期,发证机关",
    `2026-450103-70-03-${suffix},导入测试项目${suffix},南宁导入置业有限公司,青秀区,青秀区凤岭北路 8 号,108.391,22.841,0701,工程规划许可,建设工程规划许可证,建字第4501002027${suffix}号,2026-02-03,南宁市自然资源局`,
  ].join("\n");
  await page
    .getByLabel("选择文件（CSV 或 Excel .xlsx）", { exact: true })
    .setInputFiles({ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from(fixed, "utf8") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("已导入 1 个项目")).toBeVisible();
  await page.getByRole("link", { name: `导入测试项目${suffix}`, exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/items\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `导入测试项目${suffix}` })).toBeVisible();
});

test("a guide's steps add up against the promised time, and submission names what is missing", async ({
  page,
  axePage,
}) => {
  await signInAs(page, "EDITOR");
  await page.goto("/staff/items/new");
  await page.getByLabel("信息类别", { exact: true }).selectOption("GUIDE");
  await page.getByLabel("标题", { exact: true }).fill(`临时建设工程规划许可办事指南 ${suffix}`);
  const details = page.getByRole("group", { name: "专项信息" });
  await details.getByLabel("事项名称", { exact: true }).fill("临时建设工程规划许可");
  await details.getByLabel("承诺时限（工作日）", { exact: true }).fill("5");
  for (const [n, name, days] of [
    [1, "受理", "1"],
    [2, "审查", "3"],
  ] as const) {
    await details.getByRole("button", { name: "添加环节", exact: true }).click();
    const step = details.getByRole("group", { name: `环节 ${n}`, exact: true });
    await step.getByLabel("环节名称", { exact: true }).fill(name);
    await step.getByLabel("环节时限（工作日）", { exact: true }).fill(days);
  }
  await expect(details.getByText("各环节合计 4 个工作日，承诺时限 5 个工作日")).toBeVisible();
  await details
    .getByRole("group", { name: "环节 2", exact: true })
    .getByLabel("环节时限（工作日）", { exact: true })
    .fill("4");
  await expect(details.getByText("各环节合计 5 个工作日，承诺时限 5 个工作日")).toBeVisible();

  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  const editUrl = page.url();
  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  const problems = page.getByRole("group", { name: "专项信息" }).getByRole("alert");
  await expect(problems).toContainText("还缺少以下要素");
  await expect(problems).toContainText("设定依据");
  await expect(page).toHaveURL(editUrl);

  await signInAs(axePage, "EDITOR");
  await axePage.goto(editUrl);
  await expect(axePage.getByRole("group", { name: "环节 2", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "editor page with guide details");
});
