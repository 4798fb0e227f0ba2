import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import {
  type CitizenLetter,
  lettersWithSubject,
  openDirectorMailbox,
  readReceipt,
  trackLetter,
  writeLetter,
} from "./support/letters";

// A citizen writes to the director's mailbox on a phone, keeps the two codes and tracks the
// letter; and writes one with no network, sees it queued, and it reaches the bureau exactly once
// when the phone is back online (the idempotency key), from the same page or when the app next
// starts. Every letter a test needs it writes itself: the seed has none of these subjects.

const run = Date.now().toString(36);

const letter = (subject: string): CitizenLetter => ({
  type: "建议",
  subject: `${subject}（${run}）`,
  body: "邕江南岸滨江公园段缺少连续的步行道，晚上散步只能走机动车道，建议规划时统筹考虑慢行系统。",
  name: "张三",
  phone: "13800138000",
});

test("a citizen writes a letter, keeps the codes and tracks it", async ({ axePage: page, baseURL }) => {
  const online = letter("建议邕江南岸增设连续步行道");
  await openDirectorMailbox(page);

  // Nothing filled: every required field says what is missing, and focus goes to the first.
  await page.getByRole("button", { name: "提交来信" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "有 5 处需要修改" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /^咨询/ })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "标题", exact: true })).toHaveAccessibleDescription(/请填写标题/);
  await expectNoSeriousA11yViolations(page, "letter form with errors");

  await writeLetter(page, online);
  await expect(page.getByRole("status").filter({ hasText: "安全验证已完成" })).toBeVisible({ timeout: 60_000 });
  await expectNoSeriousA11yViolations(page, "letter form");

  await page.getByRole("button", { name: "提交来信" }).click();
  const codes = await readReceipt(page);
  await expect(page.getByText("查询码只显示这一次")).toBeVisible();
  expect(await lettersWithSubject(baseURL ?? "", online.subject)).toBe(1);

  // The tracking code is remembered on this phone; the access code only when ticked.
  await page.getByRole("link", { name: "互动", exact: true }).click();
  await expect(page.getByRole("region", { name: "我的来信" }).getByText(online.subject)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "互动 hub");

  await trackLetter(page, codes, online.subject);
  const tracked = page.getByRole("article");
  await expect(tracked.getByText("办理状态：已收到")).toBeVisible();
  await expect(tracked.getByRole("list").getByText("来信已提交")).toBeVisible();
  await expect(tracked.getByText("尚未答复")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "tracking page");

  // A wrong access code gets the same answer as a wrong tracking code, and no letter.
  await page.getByRole("button", { name: "查询其他来信" }).click();
  await page.getByRole("textbox", { name: "受理编号" }).fill(codes.trackingCode);
  const wrong = `${codes.accessCode.slice(0, -1)}${codes.accessCode.endsWith("0") ? "1" : "0"}`;
  await page.getByRole("textbox", { name: "查询码" }).fill(wrong);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("受理编号或查询码不正确");
  await expect(page.getByRole("article")).toHaveCount(0);

  await page.goto("/letters/published");
  await expect(page.getByRole("heading", { level: 1, name: "公开信件" })).toBeVisible();
  await expect(page.getByRole("list", { name: "公开信件列表" }).or(page.getByText("暂无公开的来信"))).toBeVisible();
  await expectNoSeriousA11yViolations(page, "published letters page");
});

test("a letter written offline is queued, sent once when the phone is back online, then tracked", async ({
  page,
  context,
  baseURL,
}) => {
  const offline = letter("建议滨江公园夜间照明改造");
  await openDirectorMailbox(page);
  // The writer opened the form, then lost the signal.
  await expect(page.getByRole("status").filter({ hasText: "安全验证已完成" })).toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);

  await writeLetter(page, offline);
  await page.getByRole("button", { name: "保存，联网后自动发送" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存，联网后自动发送" })).toBeVisible();
  // The bureau has nothing yet (the staff API runs outside the offline browser).
  expect(await lettersWithSubject(baseURL ?? "", offline.subject)).toBe(0);

  await context.setOffline(false);
  const codes = await readReceipt(page);
  await expect.poll(() => lettersWithSubject(baseURL ?? "", offline.subject)).toBe(1);

  // Saved: the receipt goes. Starting the app again sends nothing more.
  await page.getByRole("button", { name: "我已保存好" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "局长信箱" })).toBeVisible();
  await expect(page.getByRole("region", { name: "本机保存的来信" })).toHaveCount(0);
  expect(await lettersWithSubject(baseURL ?? "", offline.subject)).toBe(1);

  await trackLetter(page, codes, offline.subject);
  await expect(page.getByRole("article").getByText("办理状态：已收到")).toBeVisible();
});

test("a letter queued offline is sent when the app starts again online, and its receipt waits on 互动", async ({
  page,
  context,
  baseURL,
}) => {
  const queued = letter("咨询五象新区规划展示馆开放时间");
  await openDirectorMailbox(page);
  await expect(page.getByRole("status").filter({ hasText: "安全验证已完成" })).toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);
  await writeLetter(page, { ...queued, type: "咨询" });
  await page.getByRole("button", { name: "保存，联网后自动发送" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存，联网后自动发送" })).toBeVisible();
  await page.close();

  // Later, online: the writer opens the app on its home page; the outbox sends the letter.
  await context.setOffline(false);
  const later = await context.newPage();
  await later.goto("/");
  await expect.poll(() => lettersWithSubject(baseURL ?? "", queued.subject), { timeout: 60_000 }).toBe(1);

  await later.getByRole("link", { name: "互动", exact: true }).click();
  const outbox = later.getByRole("region", { name: "本机保存的来信" });
  await expect(outbox.getByText("已发送", { exact: true })).toBeVisible();
  await outbox.getByRole("button", { name: "查看受理编号和查询码" }).click();
  const codes = await readReceipt(later);
  await later.getByRole("button", { name: "我已保存好" }).click();
  await expect(outbox).toHaveCount(0);

  await trackLetter(later, codes, queued.subject);
  expect(await lettersWithSubject(baseURL ?? "", queued.subject)).toBe(1);
});
