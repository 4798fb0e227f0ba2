import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { publishThroughWorkflow } from "./support/publishing";

// Citizens reading what the bureau publishes: a column, an item, search; and the guarantee that
// nothing in a body can run in their browser.

const XSS_BODY = [
  "<p>邕江两岸慢行系统规划说明。</p>",
  "<script>window.__xss = 'script'</script>",
  '<img src="/nope.png" onerror="window.__xss = \'onerror\'">',
  "<p><a href=\"javascript:window.__xss='link'\">点此查看</a></p>",
  '<svg onload="window.__xss = \'svg\'"><circle r="5"></circle></svg>',
  "<p style=\"background-image:url(javascript:window.__xss='css')\">样式</p>",
  "<style>body { display: none }</style>",
  "<iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
].join("");

test("a published body runs nothing in the citizen's browser", async ({ page, baseURL }) => {
  const id = await publishThroughWorkflow(baseURL ?? "", {
    title: "邕江两岸慢行系统规划说明（安全测试）",
    body: XSS_BODY,
    columnSlug: "work-dynamics",
  });
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`/news/item/id/${encodeURIComponent(id)}`);
  const article = page.getByRole("article").filter({ hasText: "邕江两岸慢行系统规划说明" }).first();
  await expect(page.getByRole("heading", { level: 1, name: "邕江两岸慢行系统规划说明（安全测试）" })).toBeVisible();
  await expect(article.getByText("点此查看")).toBeVisible();

  // Give anything that could run its chance: an image error, a click on the link.
  await article.getByText("点此查看").click();
  await expect(page.getByText("样式")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The body as rendered (the page around it has its own icons, which are not in question).
  const html = await page.locator(".prose").innerHTML();
  expect(html).not.toMatch(/<script|onerror|onload|javascript:|<svg|<style|<iframe/i);
  await expect(page.locator("body")).toBeVisible();
});

test("a citizen reads a column and an item, and finds it by search", async ({ axePage: page }) => {
  await page.goto("/news");
  await page
    .getByRole("link", { name: /新闻动态/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "新闻动态" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "column page");

  const first = page.getByRole("article").first().getByRole("link").first();
  const title = (await first.textContent())?.trim() ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "item page");

  await page.goto(`/search?q=${encodeURIComponent("五象新区")}`);
  await expect(page.getByRole("heading", { level: 2 }).or(page.getByRole("article")).first()).toBeVisible();
  await expect(page.getByText("五象新区核心区控制性详细规划修编通过专家评审").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "search page");
});
