// 规划公示意见 through the letters intake: a comment is a letter of channel PUBLICITY_COMMENT, type
// OPINION, about its publicity item, with the codes, the proof of work, the honeypot, the rate
// limits and the idempotency key of every letter — and taken only while the item's comment window
// is open, only on a published PUBLICITY item. The clock starts at Mon 2026-03-02 09:00 Beijing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp } from "../../../../test/helpers.js";
import { DAY } from "../../../clock.js";
import {
  type CommentData,
  commentFields,
  LETTER_STATUS,
  newKey,
  openPublicity,
  SUBMIT_COMMENT,
  solvedChallenge,
} from "./test-fixtures.js";

const NOW = "2026-03-02T01:00:00Z";
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

let nextIp = 1;
const freshIp = () => `198.51.100.${nextIp++}`;

async function comment(fields: Record<string, unknown>, key: string = newKey(), ip = freshIp()) {
  const result = await t.request<CommentData>(SUBMIT_COMMENT, { input: fields, key }, { "x-forwarded-for": ip });
  expect(result.errors).toBeUndefined();
  return result.data?.submitPublicityComment;
}

const COUNT = `query ($slug: String) { contentItem(slug: $slug) { publicity { isOpen commentCount } } }`;
type CountData = { contentItem: { publicity: { isOpen: boolean; commentCount: number } } };

describe("submitPublicityComment", () => {
  it("files a comment in the open window as a letter: codes, deadline, first event, public count", async () => {
    const item = await openPublicity(t.prisma, t.clock);
    const result = await comment(
      commentFields(item.globalId, {
        name: " <b>李</b>女士 ",
        phone: "0771-5551234",
        body: "<p>建议<script>alert(1)</script>增设公交港湾</p>",
        altcha: await solvedChallenge(t),
      }),
    );
    expect(result?.error).toBeNull();
    const receipt = result?.receipt;
    expect(receipt?.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt?.accessCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);

    const letter = await t.prisma.letter.findUniqueOrThrow({
      where: { trackingCode: receipt?.trackingCode.replace(/-/g, "") },
      include: { events: true },
    });
    expect(letter).toMatchObject({
      channel: "PUBLICITY_COMMENT",
      type: "OPINION",
      status: "RECEIVED",
      subject: `对《${item.title}》的意见`,
      body: "建议增设公交港湾",
      writerName: "李女士",
      writerPhone: "0771-5551234",
      writerEmail: null,
      mayPublish: false,
      contentItemId: item.id,
      // 7 working days, as any letter (the report: 一般问题7个工作日内给予回复).
      replyDays: 7,
    });
    // Mon Mar 2 + 7 working days = Wed Mar 11, end of day Beijing.
    expect(letter.replyDueAt?.toISOString()).toBe("2026-03-11T15:59:59.999Z");
    expect(receipt?.replyDueAt).toBe(letter.replyDueAt?.toISOString());
    expect(letter.events).toMatchObject([
      { action: "SUBMITTED", toStatus: "RECEIVED", public: true, data: { channel: "PUBLICITY_COMMENT" } },
    ]);

    // The writer follows it like any letter.
    const status = await t.request<{ letterStatus: { letter: { subject: string; progress: string } | null } }>(
      LETTER_STATUS,
      { trackingCode: receipt?.trackingCode, accessCode: receipt?.accessCode },
      { "x-forwarded-for": freshIp() },
    );
    expect(status.data?.letterStatus.letter).toMatchObject({ subject: letter.subject, progress: "RECEIVED" });

    // Citizens see how many comments came in, never the comments.
    const count = await t.request<CountData>(COUNT, { slug: item.slug });
    expect(count.data?.contentItem.publicity).toEqual({ isOpen: true, commentCount: 1 });

    // The audit entry names no one: no actor, and the letter and item ids only.
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: "letters.submit", targetId: letter.id },
    });
    expect(audit).toMatchObject({
      actorId: null,
      actorName: null,
      detail: { type: "OPINION", contentItemId: item.id },
    });
    expect(JSON.stringify(audit.detail)).not.toMatch(/李|0771|公交/);
  });

  it("refuses a comment before the window opens and after it closes, naming the date", async () => {
    const item = await openPublicity(t.prisma, t.clock, {
      commentOpensAt: new Date("2026-03-04T16:00:00Z"),
      commentClosesAt: new Date("2026-03-14T16:00:00Z"),
    });
    const early = await comment(commentFields(item.globalId, { altcha: await solvedChallenge(t) }));
    expect(early).toEqual({ receipt: null, error: { message: "该公示将于2026年3月5日开始征求意见", field: null } });
    t.clock.set("2026-03-14T16:00:00Z");
    const late = await comment(commentFields(item.globalId, { altcha: await solvedChallenge(t) }));
    expect(late?.error?.message).toBe("该公示已于2026年3月15日结束征求意见");

    const withdrawn = await openPublicity(t.prisma, t.clock, { status: "WITHDRAWN", withdrawnAt: t.clock.now() });
    const refused = await comment(commentFields(withdrawn.globalId, { altcha: await solvedChallenge(t) }));
    expect(refused?.error?.message).toBe("该公示已撤回，不再征求意见");
    const noWindow = await openPublicity(t.prisma, t.clock, { commentClosesAt: null });
    expect(
      (await comment(commentFields(noWindow.globalId, { altcha: await solvedChallenge(t) })))?.error?.message,
    ).toBe("该公示不征求在线意见");
    expect(await t.prisma.letter.count({ where: { channel: "PUBLICITY_COMMENT" } })).toBe(1);
  });

  it("refuses comments on items that are not published planning publicity", async () => {
    const news = await openPublicity(t.prisma, t.clock, { kind: "NEWS", publicityType: null });
    const draft = await openPublicity(t.prisma, t.clock, { status: "DRAFT", publishedAt: null });
    const removed = await openPublicity(t.prisma, t.clock, { status: "WITHDRAWN", removed: true });
    const before = await t.prisma.letter.count();
    expect((await comment(commentFields(news.globalId, { altcha: await solvedChallenge(t) })))?.error).toEqual({
      message: "这条信息不是规划公示，不接受在线意见",
      field: "itemId",
    });
    for (const item of [draft, removed]) {
      expect((await comment(commentFields(item.globalId, { altcha: await solvedChallenge(t) })))?.error).toEqual({
        message: "找不到这项规划公示，它可能尚未发布或已删除",
        field: "itemId",
      });
    }
    const mangled = await comment(commentFields("%%%", { altcha: await solvedChallenge(t) }));
    expect(mangled?.error?.field).toBe("itemId");
    expect(await t.prisma.letter.count()).toBe(before);
  });

  it("explains each invalid field in Chinese", async () => {
    const item = await openPublicity(t.prisma, t.clock);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: "  " }, "name", "请填写姓名"],
      [{ name: "李".repeat(41) }, "name", "姓名不能超过 40 个字"],
      [{ phone: "" }, "phone", "请填写联系电话"],
      [{ phone: "23812345678" }, "phone", "请填写正确的手机号码或固定电话（如 13812345678 或 0771-5551234）"],
      [{ body: "好" }, "body", "意见内容至少 5 个字"],
      // Markup does not count: four characters of text remain.
      [{ body: "<p><b>同意方案</b></p>" }, "body", "意见内容至少 5 个字"],
      [{ body: "意".repeat(2001) }, "body", "意见内容不能超过 2000 个字"],
    ];
    for (const [over, field, message] of cases) {
      expect(await comment(commentFields(item.globalId, over)), JSON.stringify(over)).toEqual({
        receipt: null,
        error: { message, field },
      });
    }
    const badKey = await comment(commentFields(item.globalId, { altcha: await solvedChallenge(t) }), "not-a-uuid");
    expect(badKey?.error?.field).toBe("idempotencyKey");
  });

  it("needs the proof of work, and refuses bots neutrally", async () => {
    const item = await openPublicity(t.prisma, t.clock);
    expect(await comment(commentFields(item.globalId))).toEqual({
      receipt: null,
      error: { message: "请完成人机验证后再提交", field: "altcha" },
    });
    const honeypot = await comment(
      commentFields(item.globalId, { altcha: await solvedChallenge(t), website: "http://spam" }),
    );
    expect(honeypot?.error).toEqual({ message: "提交未成功，请稍候片刻再提交", field: null });
    const tooFast = await comment(commentFields(item.globalId, { altcha: await solvedChallenge(t, { fillMs: 100 }) }));
    expect(tooFast?.error?.message).toBe("提交未成功，请稍候片刻再提交");
  });

  it("answers a repeated submission with the first receipt, even after the window closed", async () => {
    const item = await openPublicity(t.prisma, t.clock);
    const key = newKey();
    const ip = freshIp();
    const first = await comment(commentFields(item.globalId, { altcha: await solvedChallenge(t) }), key, ip);
    expect(first?.receipt).toBeTruthy();
    t.clock.advance(20 * DAY);
    const again = await comment(
      commentFields(item.globalId, { altcha: await solvedChallenge(t) }),
      key.toUpperCase(),
      ip,
    );
    expect(again).toEqual(first);
    expect(await t.prisma.letter.count({ where: { contentItemId: item.id } })).toBe(1);

    // The same key for a comment on another publicity is not the same submission.
    t.clock.set(NOW);
    const other = await openPublicity(t.prisma, t.clock);
    const reused = await comment(commentFields(other.globalId, { altcha: await solvedChallenge(t) }), key, ip);
    expect(reused?.error).toEqual({
      message: "该提交标识已用于另一封来信，请刷新页面后重新提交",
      field: "idempotencyKey",
    });
  });
});
