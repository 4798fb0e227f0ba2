import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { signInAs } from "./support/portal";
import { signOutFromAnywhere } from "./support/workbench";

// 公开内容管理: one list of what the public reads or counts — published letters and comments on
// planning publicity, both letters. A maintainer hides a published letter, finds it among the
// hidden ones with its reason, and restores it; then does the same with a comment.

test.describe.configure({ mode: "serial" });

test("a maintainer hides a published letter and restores it from the hidden list", async ({ page, axePage }) => {
  await signInAs(page, "MAINTAINER");
  await page.getByRole("link", { name: "公开内容管理", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "公开内容管理" })).toBeVisible();

  const hiddenSection = page.getByRole("region", { name: "已隐藏的来信" });
  await expect(hiddenSection.getByText(/^共 \d+ 封$/)).toBeVisible();
  const hiddenBefore = Number((await hiddenSection.getByText(/^共 \d+ 封$/).textContent())?.match(/\d+/)?.[0]);
  expect(hiddenBefore).toBeGreaterThanOrEqual(2);
  await expect(hiddenSection.getByText(/^原因：/).first()).toBeVisible();

  const published = page.getByRole("region", { name: "公开信件和公示意见" });
  // A published letter (it has texts to edit); comments on publicity share the list.
  const first = published
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: /^修改公开内容/ }) })
    .first();
  const publishedSubject = (await first.getByRole("heading", { level: 3 }).textContent()) ?? "";
  await first.getByRole("button", { name: /^隐藏“/ }).click();
  const dialog = page.getByRole("dialog", { name: "隐藏公开信件" });
  const reason = `e2e 检查 ${Date.now()}`;
  await dialog.getByLabel("隐藏原因").fill(reason);
  await dialog.getByRole("button", { name: "隐藏", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `已隐藏“${publishedSubject}”` })).toBeVisible();

  await expect(hiddenSection.getByText(`共 ${hiddenBefore + 1} 封`)).toBeVisible();
  const hiddenItem = hiddenSection.getByRole("listitem").filter({ hasText: `原因：${reason}` });
  await expect(hiddenItem).toHaveCount(1);
  await expect(hiddenItem.locator("time")).toBeVisible();
  await expect(published.getByRole("heading", { level: 3, name: publishedSubject, exact: true })).toHaveCount(0);

  await hiddenItem.getByRole("button", { name: /^恢复“/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "公众可以再次看到" })).toBeVisible();
  await expect(hiddenSection.getByText(`共 ${hiddenBefore} 封`)).toBeVisible();
  await expect(hiddenSection.getByText(`原因：${reason}`)).toHaveCount(0);
  await expect(published.getByRole("heading", { level: 3, name: publishedSubject, exact: true })).toHaveCount(1);

  // A comment on planning publicity: hidden and restored on the same path, shown as such when hidden.
  const comment = published.getByRole("listitem").filter({ hasText: "规划公示意见" }).first();
  const commentSubject = (await comment.getByRole("heading", { level: 3 }).textContent()) ?? "";
  expect(commentSubject).toMatch(/^对《.+》的意见$/);
  await comment.getByRole("button", { name: /^隐藏 .+ 提交的公示意见$/ }).click();
  const commentDialog = page.getByRole("dialog", { name: "隐藏公示意见" });
  const commentReason = `e2e 意见检查 ${Date.now()}`;
  await commentDialog.getByLabel("隐藏原因").fill(commentReason);
  await commentDialog.getByRole("button", { name: "隐藏", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `已隐藏“${commentSubject}”` })).toBeVisible();
  const hiddenComment = hiddenSection.getByRole("listitem").filter({ hasText: `原因：${commentReason}` });
  await expect(hiddenComment).toHaveCount(1);
  await expect(hiddenComment.getByText("规划公示意见", { exact: true })).toBeVisible();
  await hiddenComment.getByRole("button", { name: /^恢复“/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "公众可以再次看到" })).toBeVisible();
  await expect(hiddenSection.getByText(`原因：${commentReason}`)).toHaveCount(0);

  await signOutFromAnywhere(page);

  await signInAs(axePage, "MAINTAINER");
  await axePage.goto("/staff/moderation");
  await expect(axePage.getByRole("region", { name: "已隐藏的来信" }).getByText(/^共 \d+ 封$/)).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "moderation");
});

test("the admin finds moderation and the calendar on 我的, and moderation from the inbox", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await expect(page.getByRole("link", { name: "工作日历", exact: true })).toHaveAttribute("href", "/staff/calendar");
  await expect(page.getByRole("link", { name: "公开内容管理", exact: true })).toHaveAttribute(
    "href",
    "/staff/moderation",
  );
  await page.getByRole("link", { name: "信件办理", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "信件办理" })).toBeVisible();
  await page.getByRole("link", { name: "公开内容管理", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "公开内容管理" })).toBeVisible();
  await signOutFromAnywhere(page);
});
