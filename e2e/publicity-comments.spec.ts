import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { graphql } from "./support/graphql";
import { lettersWithSubject, trackLetter } from "./support/letters";

// A citizen comments on a planning publicity while its window is open, on a phone: the comment is
// a letter (规划公示意见), so it goes through the letters outbox with the proof of work and comes
// back with a tracking code and an access code; the page's count goes up, and the codes open it
// on the tracking page like any letter.

test("a citizen comments on an open planning publicity, keeps the codes and tracks the comment", async ({
  axePage: page,
  baseURL,
}) => {
  const { contentItems } = await graphql<{
    contentItems: {
      edges: { node: { id: string; title: string; publicity: { isOpen: boolean; commentCount: number } | null } }[];
    };
  }>(
    page.request,
    `query OpenPublicity {
      contentItems(kind: PUBLICITY, first: 50) { edges { node { id title publicity { isOpen commentCount } } } }
    }`,
  );
  const publicity = contentItems.edges.map((e) => e.node).find((item) => item.publicity?.isOpen);
  if (!publicity?.publicity) throw new Error("the demo seed has no planning publicity open for comments");
  const subject = `对《${publicity.title}》的意见`;
  const before = await lettersWithSubject(baseURL ?? "", subject);

  await page.goto(`/news/item/id/${encodeURIComponent(publicity.id)}`);
  await expect(page.getByRole("heading", { level: 1, name: publicity.title })).toBeVisible();
  const panel = page.getByRole("region", { name: "公示与意见征集" });
  await expect(panel.getByText(`已收到 ${publicity.publicity.commentCount} 条意见`)).toBeVisible();
  await panel.getByRole("button", { name: "我要提意见" }).click();

  // Nothing filled: each field says what is missing.
  await panel.getByRole("button", { name: "提交意见" }).click();
  await expect(panel.getByRole("alert").filter({ hasText: "有 3 处需要修改" })).toBeVisible();
  await expect(panel.getByRole("textbox", { name: "意见内容" })).toBeFocused();

  await panel
    .getByRole("textbox", { name: "意见内容" })
    .fill("建议学校东侧道路增设上下学临时停车区，避免早晚高峰拥堵。");
  await panel.getByRole("textbox", { name: "姓名" }).fill("李女士");
  await panel.getByRole("textbox", { name: "联系电话" }).fill("13800138000");
  await expect(panel.getByRole("status").filter({ hasText: "安全验证已完成" })).toBeVisible({ timeout: 60_000 });
  await expectNoSeriousA11yViolations(page, "publicity comment form");
  await panel.getByRole("button", { name: "提交意见" }).click();

  const receipt = page.getByRole("region", { name: "意见已提交" });
  await expect(receipt).toBeVisible({ timeout: 60_000 });
  const trackingCode = (await receipt.getByTestId("tracking-code").textContent())?.trim() ?? "";
  const accessCode = (await receipt.getByTestId("access-code").textContent())?.trim() ?? "";
  expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(accessCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  await expect(panel.getByText(`已收到 ${publicity.publicity.commentCount + 1} 条意见`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "publicity comment receipt");
  expect(await lettersWithSubject(baseURL ?? "", subject)).toBe(before + 1);

  await trackLetter(page, { trackingCode, accessCode }, subject);
  await expect(page.getByRole("article").getByText("办理状态：已收到")).toBeVisible();
});
