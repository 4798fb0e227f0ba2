import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import {
  letterActions,
  letterDetail,
  letterTimeline,
  openLetterFromInbox,
  openLetterInbox,
  openStep,
  signInAsUser,
  signOutOfLetters,
  timelineEvents,
} from "./support/letters-staff";

// One letter through the bureau's handling, in the staff UI on a phone: 信访科's handler registers
// a letter that came in through 政民互动平台 (a complex one, received 100 days ago, so it is overdue
// and past the inspection's 3-month line) and assigns it to themself; they draft the reply from a
// template, are told the reply must wait for 已告知, acknowledge, and submit; the head of 信访科
// approves; the handler sends the reply. Masked and full personal data, the overdue banner and the
// timeline are checked on the way; axe scans the inbox and the letter page.

test.describe.configure({ mode: "serial" });

const code = Math.random().toString(36).slice(2, 7).toUpperCase();
const subject = `五象新区地铁站出口规划咨询 ${code}`;
const externalId = `ZMHD-2026-${code}`;
const replyText = "经核实，该站点规划设置 4 个出入口，其中 2 号出入口位于平乐大道东侧。";

/** The letter page, once registered. */
let letterPath = "";
let trackingCode = "";

/** A Beijing wall-clock time `days` ago at 09:30, as a datetime-local input takes it. */
function beijingDaysAgo(days: number): string {
  const day = new Date(Date.now() - days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${day}T09:30`;
}

test("信访科's handler registers a letter from 政民互动平台 and assigns it to themself", async ({ page }) => {
  await signInAsUser(page, "handler");
  await openLetterInbox(page);
  await page.getByRole("link", { name: "登记外部来信", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "登记外部来信" })).toBeVisible();

  await page.getByLabel("来信渠道", { exact: true }).selectOption({ label: "政民互动平台" });
  await page.getByLabel("类型", { exact: true }).selectOption({ label: "咨询" });
  await page.getByLabel("外部编号", { exact: true }).fill(externalId);
  await page.getByLabel("收信时间（北京时间，不填为现在）", { exact: true }).fill(beijingDaysAgo(100));
  await page.getByLabel("标题", { exact: true }).fill(subject);
  await page
    .getByLabel("来信内容", { exact: true })
    .fill("请问五象新区规划中的地铁站有几个出口？我家在平乐大道东侧，想知道最近的出口在哪里。");
  await page.getByLabel("姓名", { exact: true }).fill("张建国");
  await page.getByLabel("电话", { exact: true }).fill("13812345678");
  await page.getByLabel("复杂件（须先告知来信人已收到）", { exact: true }).check();
  await page.getByRole("button", { name: "登记", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/letters\/[^/]+$/);
  letterPath = new URL(page.url()).pathname;
  trackingCode = ((await letterDetail(page, "受理编号").textContent()) ?? "").trim();
  expect(trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
  await expect(letterDetail(page, "状态")).toHaveText("待分办");
  await expect(letterDetail(page, "外部编号")).toHaveText(externalId);

  // Personal data is masked until asked for.
  const writer = page.getByRole("region", { name: "来信人", exact: true });
  await expect(writer).toContainText("张*");
  await expect(writer).toContainText("138****5678");
  await expect(writer).not.toContainText("13812345678");

  // 100 days unanswered: overdue, and past the national inspection's line.
  await expect(page.getByRole("link", { name: /封来信已超过办理期限/ })).toBeVisible();
  await expect(page.getByText("已超过 3 个月未答复", { exact: false })).toBeVisible();

  const assign = await openStep(page, "分办");
  await assign.getByLabel("承办科室", { exact: true }).selectOption({ label: "信访科" });
  const handlerPicker = assign.getByLabel("承办人", { exact: true });
  await expect(handlerPicker.locator("option", { hasText: "蒙秀兰" })).toHaveCount(1);
  await handlerPicker.selectOption({ label: "蒙秀兰（承办）" });
  await assign.getByRole("button", { name: "分办", exact: true }).click();
  await expect(assign).toBeHidden();
  await expect(letterDetail(page, "状态")).toHaveText("办理中");
  await expect(letterDetail(page, "承办人")).toHaveText("蒙秀兰（承办）");
  await expect(timelineEvents(page, "分办")).toHaveCount(1);
  await signOutOfLetters(page);
});

test("the handler drafts the reply from a template, acknowledges (已告知) and submits it", async ({
  page,
  axePage,
}) => {
  expect(letterPath, "the letter was registered").not.toBe("");
  await signInAsUser(page, "handler");
  await openLetterInbox(page);
  await page.getByLabel("只看我承办的", { exact: true }).check();
  await expect(page).toHaveURL(/[?&]mine=1/);
  await openLetterFromInbox(page, trackingCode, subject);

  // The assigned handler may read the full personal data; the read is recorded.
  await page.getByRole("button", { name: "查看完整个人信息", exact: true }).click();
  const writer = page.getByRole("region", { name: "来信人", exact: true });
  await expect(writer).toContainText("13812345678");
  await expect(writer.getByText(/查看已记录/)).toBeVisible();

  const draft = await openStep(page, "起草答复");
  await draft.getByLabel("答复模板", { exact: true }).selectOption({ label: "咨询答复" });
  await draft.getByRole("button", { name: "插入模板", exact: true }).click();
  const text = draft.getByLabel("答复内容", { exact: true });
  await expect(text).toHaveValue(/【答复内容】/);
  await expect(text).toHaveValue(new RegExp(subject));
  await text.fill((await text.inputValue()).replace("【答复内容】", replyText));
  await draft.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(draft).toBeHidden();
  await expect(page.getByRole("region", { name: "答复", exact: true })).toContainText(replyText);

  // A complex letter's reply waits for 已告知.
  const actions = letterActions(page);
  await expect(actions).toContainText("复杂件须先告知来信人已收到来信");
  await expect(actions.getByRole("button", { name: "提交答复审核", exact: true })).toHaveCount(0);

  const acknowledge = await openStep(page, "告知已收到");
  await acknowledge.getByLabel("告知内容（可选，来信人可见）").fill("您的来信已收到，我们正在核实相关规划资料。");
  await acknowledge.getByRole("button", { name: "告知已收到", exact: true }).click();
  await expect(acknowledge).toBeHidden();
  await expect(timelineEvents(page, "已告知")).toContainText("来信人可见");

  const submit = await openStep(page, "提交答复审核");
  await submit.getByRole("button", { name: "提交答复审核", exact: true }).click();
  await expect(submit).toBeHidden();
  await expect(letterDetail(page, "状态")).toHaveText("答复待审核");
  await expect(page.getByText("等待承办科室负责领导审批")).toBeVisible();
  await signOutOfLetters(page);

  // The inbox and the letter page as the handler sees them, in their own context.
  await signInAsUser(axePage, "handler");
  await openLetterInbox(axePage);
  await expect(axePage.getByRole("list", { name: "来信列表" })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "letter inbox");
  await axePage.goto(letterPath);
  await expect(axePage.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "letter page");
});

test("the head of 信访科 approves the reply", async ({ page }) => {
  await signInAsUser(page, "head-letters");
  await openLetterInbox(page);
  await openLetterFromInbox(page, trackingCode, subject);
  const approve = await openStep(page, "审批通过", "审批答复");
  await expect(approve).toContainText(replyText);
  await approve.getByLabel("审核意见（可选）", { exact: true }).fill("答复准确，同意。");
  await approve.getByRole("button", { name: "审批通过", exact: true }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByText(/已由 黄振华.* 审批通过，等待承办人发送/)).toBeVisible();
  await expect(timelineEvents(page, "答复审批通过")).toContainText("答复准确，同意。");
  await signOutOfLetters(page);
});

test("the handler sends the approved reply", async ({ page }) => {
  await signInAsUser(page, "handler");
  await openLetterInbox(page);
  await openLetterFromInbox(page, trackingCode, subject);
  const send = await openStep(page, "发送答复");
  await send.getByRole("button", { name: "发送答复", exact: true }).click();
  await expect(send).toBeHidden();
  await expect(letterDetail(page, "状态")).toHaveText("已答复");
  const reply = page.getByRole("region", { name: "答复", exact: true });
  await expect(reply.getByRole("heading", { name: "已发送的答复" })).toBeVisible();
  await expect(reply).toContainText(replyText);
  await expect(letterTimeline(page).last()).toContainText(/发送答复\s*.*答复待审核 → 已答复/);
});
