import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { graphql } from "./support/graphql";
import { solidPng } from "./support/images";
import { signInAs } from "./support/portal";
import { openWorkbench, reviewPanel, signOutFromAnywhere } from "./support/workbench";

// One news item through the bureau's publishing workflow, in the staff UI on a phone: the editor
// writes it with a picture and submits it, the checker does 信息发布审核 and 保密审查, the
// department head approves, the editor publishes; a citizen then reads it and finds it by search,
// and 信息发布审核登记表 records every step in order.

test.describe.configure({ mode: "serial" });

// A code no seeded item contains, so the search finds this item and nothing else.
const code = `GH${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
const title = `邕江南岸滨水绿道规划方案公示说明 ${code}`;
const paragraph = "南宁市规划管理局现将邕江南岸滨水绿道规划方案说明如下，欢迎市民提出意见。";
const altText = "滨水绿道规划总平面示意图";

/** The staff review page of the item, once the editor has submitted it. */
let itemPath = "";

test("the editor writes a news item with a picture and submits it for review", async ({ page, axePage }) => {
  await signInAs(page, "EDITOR");
  await openWorkbench(page);
  await page.getByRole("link", { name: "新建稿件", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建稿件" })).toBeVisible();

  await page.getByLabel("信息类别", { exact: true }).selectOption("NEWS");
  const column = page.getByLabel("栏目", { exact: true });
  await column.selectOption("news");
  await expect(column.locator("option:checked")).toHaveText(/新闻动态/);
  await page.getByLabel("标题", { exact: true }).fill(title);

  const body = page.getByRole("textbox", { name: "正文", exact: true });
  await body.click();
  await page.keyboard.type(paragraph);
  await expect(body).toContainText(paragraph);

  await page.getByRole("button", { name: "插入图片", exact: true }).click();
  const imageDialog = page.getByRole("dialog", { name: "插入图片" });
  await imageDialog
    .getByLabel("图片文件", { exact: true })
    .setInputFiles({ name: "greenway.png", mimeType: "image/png", buffer: solidPng(8) });
  await imageDialog.getByLabel("图片说明（替代文本）", { exact: true }).fill(altText);
  await imageDialog.getByRole("button", { name: "上传并插入", exact: true }).click();
  await expect(imageDialog).toBeHidden();
  const bodyImage = body.getByRole("img", { name: altText });
  await expect(bodyImage).toBeVisible();
  await expect(bodyImage).toHaveAttribute("src", /\/media\//);

  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/items\/[^/]+\/edit$/);
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  await expect(body.getByRole("img", { name: altText })).toBeVisible();

  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/items\/[^/]+$/);
  itemPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reviewPanel(page, "审核进度").getByRole("listitem")).toHaveText([
    /信息发布审核\s*待办理/,
    /保密审查\s*待办理/,
    /科室负责领导审批\s*待前序步骤完成/,
  ]);
  await signOutFromAnywhere(page);

  // The editor page as a signed-in editor sees it, in its own context.
  await signInAs(axePage, "EDITOR");
  await axePage.goto("/staff/items/new");
  await expect(axePage.getByRole("textbox", { name: "正文", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "editor page");
});

test("the checker passes 信息发布审核 and 保密审查", async ({ page, axePage }) => {
  expect(itemPath, "the editor's step ran").not.toBe("");
  await signInAs(page, "CHECKER");
  await openWorkbench(page);
  await page.getByRole("link", { name: /^审核中/ }).click();
  await expect(page.getByRole("link", { name: /^审核中/ })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(itemPath);

  const publicationReview = reviewPanel(page, "信息发布审核");
  await publicationReview.getByLabel("审核意见（可选）").fill("表述准确，同意发布。");
  await publicationReview.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(publicationReview).toHaveCount(0);

  const confidentiality = reviewPanel(page, "保密审查");
  for (const item of ["不涉及国家秘密", "不含个人隐私信息", "不含内部工作信息"]) {
    await confidentiality.getByLabel(item, { exact: true }).check();
  }
  await confidentiality.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(confidentiality).toHaveCount(0);
  await expect(page.getByText("您的角色在此阶段没有可执行的操作。")).toBeVisible();
  await signOutFromAnywhere(page);

  // The review page as the department head will find it: waiting for 科室负责领导审批.
  await signInAs(axePage, "DEPT_HEAD");
  await axePage.goto(itemPath);
  await expect(reviewPanel(axePage, "科室负责领导审批")).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "review page");
});

test("the department head approves", async ({ page }) => {
  await signInAs(page, "DEPT_HEAD");
  await openWorkbench(page);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(itemPath);

  const approval = reviewPanel(page, "科室负责领导审批");
  await approval.getByRole("button", { name: "批准", exact: true }).click();
  await expect(approval).toHaveCount(0);
  await signOutFromAnywhere(page);
});

test("the editor publishes now, and the registration form lists every step in order", async ({ page }) => {
  await signInAs(page, "EDITOR");
  await page.goto(itemPath);
  const publish = reviewPanel(page, "发布");
  await publish.getByRole("button", { name: "立即发布", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: "立即发布" });
  await confirm.getByRole("button", { name: "立即发布", exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("操作已完成。")).toBeVisible();
  await expect(publish).toHaveCount(0);

  await page.getByRole("link", { name: "打印 / 导出登记表", exact: true }).click();
  await expect(page).toHaveURL(`${itemPath}/form`);
  await expect(page.getByRole("heading", { level: 1, name: "信息发布审核登记表" })).toBeVisible();
  const table = page.getByRole("table", { name: /信息发布审核登记表/ });
  await expect(table.getByRole("rowheader")).toHaveText([
    /^保存草稿/,
    /^提交审核/,
    /^信息发布审核/,
    /^保密审查/,
    /^科室负责领导审批/,
    /^发布/,
  ]);
  await expect(table.getByRole("row", { name: /^保密审查/ })).toContainText("不涉及国家秘密");
  await signOutFromAnywhere(page);
});

test("a citizen reads the item in its column, finds it by search, and sees the picture", async ({ axePage: page }) => {
  await page.goto("/news/news");
  await expect(page.getByRole("heading", { level: 1, name: "新闻动态" })).toBeVisible();
  const listed = page.getByRole("article").getByRole("link", { name: title });
  await expect(listed).toBeVisible();
  await expectNoSeriousA11yViolations(page, "column page");

  await page.goto(`/search?q=${encodeURIComponent(code)}`);
  const found = page.getByRole("article").getByRole("link", { name: title });
  await expect(found).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, "search page");

  await found.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const article = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1, name: title }) });
  await expect(article).toContainText(paragraph);
  const picture = article.getByRole("img", { name: altText });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(8);
  await expectNoSeriousA11yViolations(page, "item page");
});

test("a department head reads the public's comments on a planning publicity as letters, and opens one", async ({
  axePage: page,
}) => {
  const { contentItems } = await graphql<{
    contentItems: { edges: { node: { id: string; title: string; publicity: { commentCount: number } | null } }[] };
  }>(
    page.request,
    `query PublicityWithComments {
      contentItems(kind: PUBLICITY, first: 50) { edges { node { id title publicity { commentCount } } } }
    }`,
  );
  const publicity = contentItems.edges.map((e) => e.node).find((item) => (item.publicity?.commentCount ?? 0) > 0);
  if (!publicity) throw new Error("the demo seed has no planning publicity with comments");

  await signInAs(page, "DEPT_HEAD");
  await page.goto(`/staff/items/${publicity.id.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`);
  const comments = reviewPanel(page, "公众意见");
  await expect(comments).toContainText(`公众意见 ${publicity.publicity?.commentCount} 条`);
  await comments.getByRole("link", { name: "查看公众意见", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: "公众意见" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: publicity.title })).toBeVisible();
  // Comments are letters: personal data masked as in the inbox, each opening its letter page.
  const first = page.getByRole("article").first();
  await expect(first.getByText(/^\p{Script=Han}\*+$/u)).toBeVisible();
  await expect(first.getByText(/^\d{3}\*{4}\d{4}$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "publicity comments page");
  await first.getByRole("link", { name: /^打开来信 / }).click();
  await expect(page).toHaveURL(/\/staff\/letters\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `对《${publicity.title}》的意见` })).toBeVisible();
  await signOutFromAnywhere(page);
});
