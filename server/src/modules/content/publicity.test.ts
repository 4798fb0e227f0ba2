import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import { DAY, MINUTE } from "../../clock.js";
import type { ContentItem, Prisma } from "../../generated/prisma/client.js";
import { MAX_COMMENTS_PER_IP, SUBMIT_COMMENT_ACTION } from "./publicity.service.js";
import { isPhone, normalisePhone, plainText } from "./publicity.validation.js";
import { contentFixtures, globalId } from "./test-fixtures.js";

const NOW = "2026-03-02T01:00:00Z";
let t: Awaited<ReturnType<typeof createTestApp>>;
let make: ReturnType<typeof contentFixtures>;
let columnId: string;
let ipCounter = 0;
/** A citizen on a phone of their own: each test gets a fresh IP so rate limits never leak. */
const citizen = () => t.agent(`198.51.100.${++ipCounter}`);

beforeAll(async () => {
  t = await createTestApp();
  make = contentFixtures(t.prisma);
  columnId = (await make.column()).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

/** A PRE_APPROVAL publicity published yesterday whose 10-day window opens today (by NOW). */
function publicity(data: Partial<Prisma.ContentItemUncheckedCreateInput> = {}) {
  const now = Date.parse(NOW);
  return make.item(columnId, {
    kind: "PUBLICITY",
    publicityType: "PRE_APPROVAL",
    publishedAt: new Date(now - DAY),
    commentOpensAt: new Date(now - 2 * MINUTE),
    commentClosesAt: new Date(now + 10 * DAY - 2 * MINUTE),
    ...data,
  });
}

const WINDOW = `query($slug: String) {
  contentItem(slug: $slug) { publicity { type opensAt closesAt isOpen daysLeft commentCount } }
}`;
type WindowView = {
  contentItem: {
    publicity: {
      type: string;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      daysLeft: number | null;
      commentCount: number;
    };
  };
};

const SUBMIT = `mutation($input: SubmitPublicityCommentInput!) {
  submitPublicityComment(input: $input) { comment { id createdAt } error { message field } }
}`;
type Submitted = {
  submitPublicityComment: {
    comment: { id: string; createdAt: string } | null;
    error: { message: string; field: string | null } | null;
  };
};
const valid = { name: "李女士", phone: "13812345678", body: "建议在学校东侧增设一处公交港湾。" };
const input = (item: ContentItem, over: Record<string, unknown> = {}) => ({
  input: { itemId: globalId("ContentItem", item.id), ...valid, ...over },
});

describe("the comment window", () => {
  it("opens and closes by the server clock, counting whole days left", async () => {
    const item = await publicity();
    const read = async () => (await citizen().gql<WindowView>(WINDOW, { slug: item.slug })).data?.contentItem.publicity;

    expect(await read()).toEqual({
      type: "PRE_APPROVAL",
      opensAt: item.commentOpensAt?.toISOString(),
      closesAt: item.commentClosesAt?.toISOString(),
      isOpen: true,
      daysLeft: 10,
      commentCount: 0,
    });
    t.clock.advance(9 * DAY + MINUTE);
    expect(await read()).toMatchObject({ isOpen: true, daysLeft: 1 });
    t.clock.set(item.commentClosesAt ?? NOW);
    expect(await read()).toMatchObject({ isOpen: false, daysLeft: null });
    t.clock.set(new Date(Date.parse(NOW) - 3 * MINUTE));
    expect(await read()).toMatchObject({ isOpen: false, daysLeft: null });
  });

  it("opens at publication when no opening time is set, and never for a withdrawn item", async () => {
    const item = await publicity({ commentOpensAt: null });
    const view = await citizen().gql<WindowView>(WINDOW, { slug: item.slug });
    expect(view.data?.contentItem.publicity).toMatchObject({ opensAt: item.publishedAt?.toISOString(), isOpen: true });
    await t.prisma.contentItem.update({
      where: { id: item.id },
      data: { status: "WITHDRAWN", withdrawnAt: new Date(NOW), withdrawReason: "方案调整" },
    });
    expect((await citizen().gql<WindowView>(WINDOW, { slug: item.slug })).data?.contentItem.publicity.isOpen).toBe(
      false,
    );
  });

  it("is null on items that are not publicity", async () => {
    const news = await make.item(columnId);
    const result = await citizen().gql<{ contentItem: { publicity: null } }>(WINDOW, { slug: news.slug });
    expect(result.errors).toBeUndefined();
    expect(result.data?.contentItem.publicity).toBeNull();
  });
});

describe("submitPublicityComment", () => {
  it("receives a comment while open, stores plain text and shows citizens only the count", async () => {
    const item = await publicity();
    const result = await citizen().gql<Submitted>(
      SUBMIT,
      input(item, {
        name: " <b>李</b>女士 ",
        phone: "0771-5551234",
        body: "<p>建议<script>alert(1)</script>增设公交港湾</p>",
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitPublicityComment.error).toBeNull();
    const id = result.data?.submitPublicityComment.comment?.id ?? "";
    expect(result.data?.submitPublicityComment.comment?.createdAt).toBe(new Date(NOW).toISOString());
    const stored = await t.prisma.publicityComment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ itemId: item.id, name: "李女士", phone: "0771-5551234", body: "建议增设公交港湾" });

    // A hidden comment (spam, abuse) does not count.
    await t.prisma.publicityComment.create({
      data: { itemId: item.id, name: "某", phone: "13900000000", body: "广告内容广告", hiddenAt: new Date(NOW) },
    });
    const view = await citizen().gql<WindowView>(WINDOW, { slug: item.slug });
    expect(view.data?.contentItem.publicity.commentCount).toBe(1);

    // The audit entry names no one: no actor, the IP, and the comment id only.
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: SUBMIT_COMMENT_ACTION, targetId: item.id, outcome: "SUCCESS" },
    });
    expect(audit).toMatchObject({ actorId: null, actorName: null, ip: expect.stringMatching(/^198\.51\.100\./) });
    expect(JSON.stringify(audit.detail)).not.toMatch(/李|0771|公交/);
  });

  it("has no public field carrying a commenter's personal data", async () => {
    const result = await citizen().gql<{ __type: { fields: Array<{ name: string }> } }>(
      `{ __type(name: "PublicityComment") { fields { name } } }`,
    );
    expect(result.data?.__type.fields.map((f) => f.name).sort()).toEqual(["createdAt", "id"]);
  });

  it("refuses comments outside the window with a message naming the date", async () => {
    const item = await publicity({
      commentOpensAt: new Date("2026-03-04T16:00:00Z"),
      commentClosesAt: new Date("2026-03-14T16:00:00Z"),
    });
    const early = await citizen().gql<Submitted>(SUBMIT, input(item));
    expect(early.data?.submitPublicityComment).toEqual({
      comment: null,
      error: { message: "该公示将于2026年3月5日开始征求意见", field: null },
    });
    t.clock.set("2026-03-14T16:00:00Z");
    const late = await citizen().gql<Submitted>(SUBMIT, input(item));
    expect(late.data?.submitPublicityComment.error?.message).toBe("该公示已于2026年3月15日结束征求意见");
    expect(await t.prisma.publicityComment.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("explains each invalid field in Chinese", async () => {
    const item = await publicity();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: "  " }, "name", "请填写姓名"],
      [{ name: "李".repeat(41) }, "name", "姓名不能超过 40 个字"],
      [{ phone: "" }, "phone", "请填写联系电话"],
      [{ phone: "12345" }, "phone", "请填写正确的手机号码或固定电话（如 13812345678 或 0771-1234567）"],
      [{ phone: "23812345678" }, "phone", "请填写正确的手机号码或固定电话（如 13812345678 或 0771-1234567）"],
      [{ body: "好" }, "body", "意见内容至少 5 个字"],
      // Markup does not count: four characters of text remain.
      [{ body: "<p><b>同意方案</b></p>" }, "body", "意见内容至少 5 个字"],
      [{ body: "意".repeat(2001) }, "body", "意见内容不能超过 2000 个字"],
      [{ idempotencyKey: "not-a-uuid" }, "idempotencyKey", "提交标识格式不正确"],
    ];
    for (const [over, field, message] of cases) {
      const result = await citizen().gql<Submitted>(SUBMIT, input(item, over));
      expect(result.data?.submitPublicityComment, JSON.stringify(over)).toEqual({
        comment: null,
        error: { message, field },
      });
    }
    expect(await t.prisma.publicityComment.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("answers a repeated submission with the original comment, even after the window closed", async () => {
    const item = await publicity();
    const agent = citizen();
    const key = randomUUID();
    const first = await agent.gql<Submitted>(SUBMIT, input(item, { idempotencyKey: key }));
    const original = first.data?.submitPublicityComment.comment;
    expect(original?.id).toBeTruthy();

    t.clock.advance(5 * MINUTE);
    const again = await agent.gql<Submitted>(SUBMIT, input(item, { idempotencyKey: key }));
    expect(again.data?.submitPublicityComment).toEqual({ comment: original, error: null });
    t.clock.advance(20 * DAY);
    const late = await agent.gql<Submitted>(SUBMIT, input(item, { idempotencyKey: key.toUpperCase() }));
    expect(late.data?.submitPublicityComment.comment).toEqual(original);

    // Two repeats racing each other still file one comment.
    t.clock.set(NOW);
    const raceKey = randomUUID();
    const raced = await Promise.all(
      [1, 2, 3].map(() => agent.gql<Submitted>(SUBMIT, input(item, { idempotencyKey: raceKey }))),
    );
    const ids = new Set(raced.map((r) => r.data?.submitPublicityComment.comment?.id));
    expect(ids.size).toBe(1);
    expect(await t.prisma.publicityComment.count({ where: { itemId: item.id } })).toBe(2);

    // A new key is a new comment; the same key on another publicity is too.
    const other = await publicity();
    const elsewhere = await agent.gql<Submitted>(SUBMIT, input(other, { idempotencyKey: key }));
    expect(elsewhere.data?.submitPublicityComment.comment?.id).not.toBe(original?.id);
  });

  it("keeps the key of a refused submission free for the corrected one", async () => {
    const item = await publicity();
    const key = randomUUID();
    const agent = citizen();
    const refused = await agent.gql<Submitted>(SUBMIT, input(item, { idempotencyKey: key, phone: "123" }));
    expect(refused.data?.submitPublicityComment.error?.field).toBe("phone");
    const fixed = await agent.gql<Submitted>(SUBMIT, input(item, { idempotencyKey: key }));
    expect(fixed.data?.submitPublicityComment.comment?.id).toBeTruthy();
  });

  it(`allows ${MAX_COMMENTS_PER_IP} comments per address in 10 minutes, then RATE_LIMITED`, async () => {
    const item = await publicity();
    const agent = citizen();
    for (let i = 0; i < MAX_COMMENTS_PER_IP; i++) {
      const ok = await agent.gql<Submitted>(SUBMIT, input(item, { body: `第 ${i + 1} 条意见：请增加绿地` }));
      expect(ok.data?.submitPublicityComment.comment).not.toBeNull();
      t.clock.advance(MINUTE);
    }
    const limited = await agent.gql<Submitted>(SUBMIT, input(item));
    expect(errorCode(limited)).toBe("RATE_LIMITED");
    expect(limited.errors?.[0]?.message).toBe("操作过于频繁，请 10 分钟后再试");
    // Someone else is not affected; the same address is again once the first comment ages out.
    expect((await citizen().gql<Submitted>(SUBMIT, input(item))).data?.submitPublicityComment.comment).not.toBeNull();
    t.clock.advance(6 * MINUTE);
    expect((await agent.gql<Submitted>(SUBMIT, input(item))).data?.submitPublicityComment.comment).not.toBeNull();
    const denied = await t.prisma.auditEntry.count({
      where: { action: SUBMIT_COMMENT_ACTION, outcome: "DENIED", targetId: item.id },
    });
    expect(denied).toBe(1);
  });

  it("is NOT_FOUND for items that are not open publicity pages", async () => {
    const news = await make.item(columnId);
    const draft = await publicity({ status: "DRAFT", publishedAt: null });
    const removed = await publicity({ status: "WITHDRAWN", removed: true });
    for (const item of [news, draft, removed]) {
      const result = await citizen().gql<Submitted>(SUBMIT, input(item));
      expect(errorCode(result)).toBe("NOT_FOUND");
      expect(result.errors?.[0]?.message).toBe("公示不存在或已删除");
    }
    const mangled = await citizen().gql<Submitted>(SUBMIT, { input: { ...input(news).input, itemId: "%%%" } });
    expect(errorCode(mangled)).toBe("NOT_FOUND");
  });
});

describe("comment text rules", () => {
  it("accepts mainland mobile and landline numbers in their usual spellings", () => {
    for (const phone of [
      "13812345678",
      "+86 138 1234 5678",
      "+86-13812345678",
      "0771-5551234",
      "(0771) 5551234",
      "5551234",
      "010-62345678-801",
    ]) {
      expect(isPhone(normalisePhone(phone)), phone).toBe(true);
    }
    for (const phone of ["12812345678", "1381234567", "0771-123", "abc", "07715551234567890"]) {
      expect(isPhone(normalisePhone(phone)), phone).toBe(false);
    }
  });

  it("turns markup into plain text and keeps paragraphs", () => {
    expect(plainText("<p>一</p>\r\n\r\n\r\n<p>二<!-- x --></p><style>p{}</style>", { multiline: true })).toBe(
      "一\n\n二",
    );
    expect(plainText("a < b & c > d", { multiline: true })).toBe("a < b & c > d");
    expect(plainText(" 李\n\t女士 ", { multiline: false })).toBe("李 女士");
  });
});
