import type { Locator } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import {
  type CitizenLetter,
  type LetterCodes,
  openDirectorMailbox,
  readReceipt,
  trackLetter,
  writeLetter,
} from "./support/letters";
import {
  letterActions,
  letterDetail,
  openLetterFromInbox,
  openLetterInbox,
  openStep,
  signInAsUser,
  signOutOfLetters,
  timelineEvents,
} from "./support/letters-staff";

// One letter from end to end, on a phone: a citizen writes to the director's mailbox and agrees
// to publication, with their name, phone number and home address in the letter; 信访科's handler
// registers it (complex), assigns it to themself, acknowledges, drafts the reply from a template
// and submits it; the head of 信访科 approves; the handler sends. The citizen tracks it with the
// two codes, reads the reply and rates it 满意, once. A maintainer publishes it from the letter
// page: the redaction step flags the phone number, the address (and the name), the masks are kept.
// The public 公开信件 list then shows the letter and the reply, and none of the writer's data.
// Each step runs in its own browser context: the citizen's pages never carry a staff session.

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const writerName = "覃美玲";
const writerPhone = "13977154321";
const address = "青秀区民族大道100号3栋2单元501室";
const maskedAddress = "青秀区民族大道*号*栋*单元*室";
const letter: CitizenLetter = {
  type: "咨询",
  subject: `咨询民族大道非机动车停放区规划（${run}）`,
  body:
    `我叫${writerName}，住在${address}，小区门前民族大道的人行道上停满了共享单车，老人出行很不方便。` +
    `请问这一段是否规划了非机动车停放区？方便的话请打电话给我：${writerPhone}。`,
  name: writerName,
  phone: writerPhone,
};
const replyText = "经核实，民族大道该路段已纳入非机动车停放设施专项规划，停放区将结合人行道改造同步设置。";
const ackNote = "您的来信已收到，我们正在核实该路段的规划资料。";
const ratingComment = "答复清楚，谢谢。";

let codes: LetterCodes | null = null;
let letterPath = "";
/** The days the writer is shown, in the public list's format (2026年11月28日). */
let acceptedOn = "";
let repliedOn = "";

function theCodes(): LetterCodes {
  if (!codes) throw new Error("the citizen's letter was not written");
  return codes;
}

test("a citizen writes to the director's mailbox and agrees to publication", async ({ page }) => {
  test.setTimeout(120_000);
  await openDirectorMailbox(page);
  await writeLetter(page, letter);
  const consent = page.getByRole("checkbox", { name: "同意在删除姓名、电话等个人信息后，公开我的来信和答复" });
  await consent.check();
  await expect(consent).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "安全验证已完成" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "提交来信" }).click();
  codes = await readReceipt(page);
});

test("信访科's handler registers, assigns to themself, acknowledges and submits a reply from the template", async ({
  page,
}) => {
  const { trackingCode } = theCodes();
  await signInAsUser(page, "handler");
  await openLetterInbox(page);
  await openLetterFromInbox(page, trackingCode, letter.subject);
  letterPath = new URL(page.url()).pathname;
  await expect(letterDetail(page, "状态")).toHaveText("待登记");
  await expect(letterDetail(page, "同意公开")).toHaveText("是");

  const register = await openStep(page, "登记");
  await expect(register.getByLabel("渠道", { exact: true })).toHaveValue("DIRECTOR_MAILBOX");
  await register.getByLabel("复杂件（须先告知来信人已收到，核实后再答复）", { exact: true }).check();
  await register.getByRole("button", { name: "登记", exact: true }).click();
  await expect(register).toBeHidden();
  await expect(letterDetail(page, "状态")).toHaveText("待分办");

  const assign = await openStep(page, "分办");
  await assign.getByLabel("承办科室", { exact: true }).selectOption({ label: "信访科" });
  const handlerPicker = assign.getByLabel("承办人", { exact: true });
  await expect(handlerPicker.locator("option", { hasText: "蒙秀兰" })).toHaveCount(1);
  await handlerPicker.selectOption({ label: "蒙秀兰（承办）" });
  await assign.getByRole("button", { name: "分办", exact: true }).click();
  await expect(assign).toBeHidden();
  await expect(letterDetail(page, "状态")).toHaveText("办理中");
  await expect(letterDetail(page, "承办人")).toHaveText("蒙秀兰（承办）");

  const acknowledge = await openStep(page, "告知已收到");
  await acknowledge.getByLabel("告知内容（可选，来信人可见）").fill(ackNote);
  await acknowledge.getByRole("button", { name: "告知已收到", exact: true }).click();
  await expect(acknowledge).toBeHidden();
  await expect(timelineEvents(page, "已告知")).toContainText("来信人可见");

  const draft = await openStep(page, "起草答复");
  await draft.getByLabel("答复模板", { exact: true }).selectOption({ label: "咨询答复" });
  await draft.getByRole("button", { name: "插入模板", exact: true }).click();
  const text = draft.getByLabel("答复内容", { exact: true });
  await expect(text).toHaveValue(/【答复内容】/);
  await text.fill((await text.inputValue()).replace("【答复内容】", replyText));
  await draft.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(draft).toBeHidden();
  await expect(page.getByRole("region", { name: "答复", exact: true })).toContainText(replyText);

  const submit = await openStep(page, "提交答复审核");
  await submit.getByRole("button", { name: "提交答复审核", exact: true }).click();
  await expect(submit).toBeHidden();
  await expect(letterDetail(page, "状态")).toHaveText("答复待审核");
  await signOutOfLetters(page);
});

test("the head of 信访科 approves the reply and the handler sends it", async ({ page }) => {
  const { trackingCode } = theCodes();
  await signInAsUser(page, "head-letters");
  await openLetterInbox(page);
  await openLetterFromInbox(page, trackingCode, letter.subject);
  const approve = await openStep(page, "审批通过", "审批答复");
  await expect(approve).toContainText(replyText);
  await approve.getByRole("button", { name: "审批通过", exact: true }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByText(/审批通过，等待承办人发送/)).toBeVisible();
  await signOutOfLetters(page);

  await signInAsUser(page, "handler");
  await openLetterInbox(page);
  await openLetterFromInbox(page, trackingCode, letter.subject);
  const send = await openStep(page, "发送答复");
  await send.getByRole("button", { name: "发送答复", exact: true }).click();
  await expect(send).toBeHidden();
  await expect(letterDetail(page, "状态")).toHaveText("已答复");
  // Publishing is the maintainer's: the handler is not offered it.
  await expect(letterActions(page).getByRole("link", { name: /^公开到来信选登/ })).toHaveCount(0);
  await signOutOfLetters(page);
});

test("the citizen tracks the letter, reads the reply and rates it once", async ({ axePage: page }) => {
  await trackLetter(page, theCodes(), letter.subject);
  const tracked = page.getByRole("article");
  await expect(tracked.getByText("办理状态：已答复")).toBeVisible();

  const timeline = tracked.getByRole("region", { name: "办理过程" }).getByRole("listitem");
  await expect(timeline.filter({ hasText: "来信已提交" })).toHaveCount(1);
  await expect(timeline.filter({ hasText: "已告知：来信已收到，正在核实办理" })).toContainText(ackNote);
  await expect(timeline.filter({ hasText: /^已答复/ })).toHaveCount(1);
  await expect(timeline.first()).toContainText("来信已提交");
  await expect(timeline.last()).toContainText("已答复");

  const reply = tracked.getByRole("region", { name: "答复", exact: true });
  await expect(reply).toContainText(replyText);
  await expect(reply).toContainText("信访科");
  acceptedOn = dateOf(await rowValue(tracked, "受理时间").textContent());
  repliedOn = dateOf(await rowValue(reply, "答复时间").textContent());
  await expectNoSeriousA11yViolations(page, "tracking page with a reply");

  const rating = tracked.getByRole("region", { name: "评价", exact: true });
  await rating.getByRole("radio", { name: "满意", exact: true }).check();
  await rating.getByRole("textbox", { name: "评价意见" }).fill(ratingComment);
  await rating.getByRole("button", { name: "提交评价", exact: true }).click();
  await expect(tracked.getByText("您的评价：满意")).toBeVisible();
  await expect(tracked.getByText(ratingComment)).toBeVisible();
  await expect(page.getByRole("button", { name: "提交评价" })).toHaveCount(0);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "tracking page, rated");

  // Coming back later: the rating stands and no second one is offered.
  await trackLetter(page, theCodes(), letter.subject);
  await expect(page.getByRole("article").getByText("您的评价：满意")).toBeVisible();
  await expect(page.getByRole("button", { name: "提交评价" })).toHaveCount(0);
  await expect(page.getByRole("article").getByRole("region", { name: "办理过程" })).toContainText("已评价");
});

test("a maintainer publishes the letter with the phone number and the address masked", async ({ page }) => {
  expect(letterPath, "the handler opened the letter").not.toBe("");
  await signInAsUser(page, "maintainer");
  await page.goto(letterPath);
  await expect(page.getByRole("heading", { level: 1, name: letter.subject })).toBeVisible();
  await letterActions(page).getByRole("link", { name: "公开到来信选登（脱敏后发布）" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "公开来信" })).toBeVisible();

  const body = page.getByRole("region", { name: "来信内容", exact: true });
  const findings = body.getByRole("listitem");
  const phone = findings.filter({ hasText: `电话号码“${writerPhone}”` });
  const home = findings.filter({ hasText: `地址“${address}”` });
  const name = findings.filter({ hasText: `姓名“${writerName}”` });
  await expect(phone).toHaveCount(1);
  await expect(phone).toContainText("隐去为“139****4321”");
  await expect(phone).toContainText("来信人本人的信息，只能隐去。");
  await expect(home).toHaveCount(1);
  await expect(home).toContainText(`隐去为“${maskedAddress}”`);
  await expect(home.getByRole("checkbox", { name: "核对后不是个人信息，保留原文" })).not.toBeChecked();
  await expect(name).toHaveCount(1);
  await expect(name).toContainText("来信人本人的信息，只能隐去。");
  for (const finding of [phone, home, name]) await expect(finding).toContainText("已隐去");

  // The proposal is accepted as it stands: the public text carries the masks, not the originals.
  const publicBody = body.getByLabel("公开的来信内容", { exact: true });
  await expect(publicBody).toHaveValue(new RegExp(escapeRegExp(maskedAddress)));
  await expect(publicBody).toHaveValue(/139\*\*\*\*4321/);
  await expect(publicBody).not.toHaveValue(new RegExp(`${writerName}|${writerPhone}|${escapeRegExp(address)}`));
  await expect(page.getByText("标出的疑似个人信息都已隐去或确认保留。", { exact: false })).toBeVisible();

  await page.getByRole("button", { name: "公开", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已公开。" })).toBeVisible();
  await signOutOfLetters(page);
});

test("公开信件 shows the letter and the reply without the writer's personal data", async ({ axePage: page }) => {
  expect(acceptedOn, "the citizen saw the dates").not.toBe("");
  await page.goto("/");
  await page.getByRole("link", { name: "互动", exact: true }).click();
  await page.getByRole("link", { name: /^公开信件/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "公开信件" })).toBeVisible();

  const published = page.getByRole("list", { name: "公开信件列表" }).getByRole("article", { name: letter.subject });
  await expect(published).toHaveCount(1);
  await expect(published).toContainText(replyText);
  await expect(published).toContainText(maskedAddress);
  await expect(rowValue(published, "受理日期")).toHaveText(acceptedOn);
  await expect(rowValue(published, "答复日期")).toHaveText(repliedOn);
  await expect(rowValue(published, "答复部门")).toHaveText("信访科");
  for (const numberOfTheHome of ["100号", "501室"]) await expect(published).not.toContainText(numberOfTheHome);

  const everything = page.locator("body");
  for (const personal of [writerName, writerPhone, address]) await expect(everything).not.toContainText(personal);
  await expectNoSeriousA11yViolations(page, "published letters with the journey's letter");
});

/** The `dd` of a `dt`/`dd` pair inside `scope`, by its term. */
function rowValue(scope: Locator, term: string): Locator {
  return scope.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

/** The tracking page's "2026年11月28日 09:30" as the public list shows a date: "2026年11月28日". */
function dateOf(text: string | null): string {
  const day = /^\d{4}年\d{1,2}月\d{1,2}日/.exec(text?.trim() ?? "");
  if (!day) throw new Error(`not a date and time: ${JSON.stringify(text)}`);
  return day[0];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
