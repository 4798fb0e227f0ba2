import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { material, openGuide, tickMaterial, waitForServiceWorkerControl } from "./support/guides";

// A citizen looks up how to get a 建设工程规划许可证 on the phone, ticks off the papers they have,
// and opens the guide again at the counter with no network: the guide and the ticks are there.
// And the 专题 pages: 水城专题 with its body and what relates to it.

const GUIDE = "建设工程规划许可证核发";
const TICKED = ["建设工程规划许可证申请表", "建设工程设计方案总平面图"];
const UNTICKED = "主要技术经济指标表";

test("a guide opened once opens offline after a reload, with the materials ticked on the phone", async ({
  page,
  context,
}) => {
  await openGuide(page, GUIDE);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  await waitForServiceWorkerControl(page);
  await expect(page.getByRole("heading", { level: 1, name: GUIDE })).toBeVisible();

  // The promise and the flow as the guide states them.
  await expect(page.getByText("承诺时限")).toBeVisible();
  await expect(page.getByText("10 个工作日").first()).toBeVisible();
  await expect(page.getByText("比法定时限缩短 10 个工作日")).toBeVisible();
  const flow = page.getByRole("list", { name: "办理步骤" });
  await expect(flow.getByRole("listitem")).toHaveCount(4);
  await expect(flow.getByRole("heading", { name: /^第 2 步：\s*技术审查$/ })).toBeVisible();

  for (const name of TICKED) await tickMaterial(page, name);
  const progress = page.getByRole("status").filter({ hasText: "已备齐" });
  await expect(progress).toHaveText(/^已备齐 2\/8 项，还差 4 项必须材料$/);

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole("heading", { level: 1, name: GUIDE })).toBeVisible();
  await expect(page.getByText("离线，显示的是缓存内容")).toBeVisible();
  await expect(flow.getByRole("listitem")).toHaveCount(4);
  for (const name of TICKED) await expect(material(page, name)).toBeChecked();
  await expect(material(page, UNTICKED)).not.toBeChecked();
  await expect(progress).toHaveText(/^已备齐 2\/8 项/);

  // Still ticking offline, and it stays.
  await tickMaterial(page, UNTICKED);
  await page.reload();
  await expect(material(page, UNTICKED)).toBeChecked();
});

test("the guide list groups guides by category and finds one by search", async ({ axePage: page }) => {
  await page.goto("/query/guides");
  await expect(page.getByRole("heading", { level: 2, name: /^用地规划/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^建设工程/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "guide list");

  await page.getByRole("searchbox", { name: "搜索办事指南" }).fill("乡村建设");
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "共找到" })).toContainText("“乡村建设”共找到");
  await expect(page.getByRole("link", { name: "乡村建设规划许可证核发" })).toBeVisible();
});

test("the guide page has no serious accessibility violations", async ({ axePage: page }) => {
  await openGuide(page, GUIDE);
  await expect(page.getByRole("list", { name: "办理步骤" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "guide page");
});

test("a citizen reads 水城专题 and follows it to a related guide", async ({ axePage: page }) => {
  await page.goto("/query/topics");
  await expect(page.getByRole("heading", { level: 2, name: "专题" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "热点区域" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "topic list");

  await page.getByRole("link", { name: /^水城专题/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^水城专题/ })).toBeVisible();
  await expect(page.getByText("南宁因水而生、依水而兴")).toBeVisible();
  await expect(page.getByText(/^东经 108\.15°～108\.55°，北纬 22\.70°～22\.92°$/)).toBeVisible();
  const guides = page.getByRole("region", { name: "相关办事指南" });
  await expect(guides.getByRole("link", { name: new RegExp(GUIDE) })).toBeVisible();
  // Its projects are named, each linking to its page in 查询.
  const projects = page.getByRole("region", { name: "相关项目" });
  await expect(projects.getByRole("link").first()).toHaveAttribute("href", /^\/query\/projects\/\d{4}-/);
  await expect(projects.getByRole("link").first()).not.toContainText(/^项目代码/);
  await expectNoSeriousA11yViolations(page, "水城专题");

  await guides.getByRole("link", { name: new RegExp(GUIDE) }).click();
  await expect(page.getByRole("heading", { level: 1, name: GUIDE })).toBeVisible();
});
