// 规划公示意见 on the staff side: comments are letters, so they are read, filtered, moderated and
// counted the way letters are — the comments of one item (masked, full values only where the
// letters module allows, every full read audited), the inbox's channel and item filters, one
// moderation path with the public count following it, and the statistics per channel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import type { Letter } from "../../generated/prisma/client.js";
import {
  type CommentData,
  commentFields,
  openPublicity,
  SUBMIT_COMMENT,
  solvedChallenge,
} from "./citizen/test-fixtures.js";
import { MODERATION_ACTIONS } from "./moderation.service.js";
import { globalId, letterFixtures } from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let f: ReturnType<typeof letterFixtures>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let assignedHandler: Agent, otherHandler: Agent, maintainer: Agent, admin: Agent, editor: Agent;
let item: Awaited<ReturnType<typeof openPublicity>>;
let older: Letter, newer: Letter, assigned: Letter;

const idOf = (letter: Letter) => globalId("Letter", letter.id);
const at = (beijing: string) => new Date(`${beijing}+08:00`);

beforeAll(async () => {
  t = await createTestApp();
  f = letterFixtures(t.services);
  item = await openPublicity(t.prisma, t.clock);
  const comment = (name: string, body: string, receivedAt: Date) =>
    f.letter({
      channel: "PUBLICITY_COMMENT",
      type: "OPINION",
      subject: `对《${item.title}》的意见`,
      body,
      writerName: name,
      writerPhone: "13812345678",
      writerEmail: null,
      mayPublish: false,
      contentItemId: item.id,
      receivedAt,
    });
  older = await comment("王芳", "希望保留老街的骑楼。", at("2026-03-01T20:00:00"));
  newer = await comment("李明", "建议增加社区公园。", at("2026-03-02T08:30:00"));
  assigned = await comment("赵强", "建议学校东侧道路拓宽。", at("2026-03-01T10:00:00"));
  const handler = await f.staff(["HANDLER"], "construction", "comments-handler");
  await f.set(assigned.id, {
    status: "ASSIGNED",
    departmentId: await f.departmentId("construction"),
    handlerId: handler.id,
  });
  const signIn = async (username: string) => {
    const agent = t.agent();
    if (!(await agent.login(username)).data?.login.user) throw new Error(`login ${username} failed`);
    return agent as Agent;
  };
  assignedHandler = await signIn("comments-handler");
  otherHandler = await t.agent().loginAs("HANDLER");
  maintainer = await t.agent().loginAs("MAINTAINER");
  admin = await t.agent().loginAs("ADMIN");
  editor = await t.agent().loginAs("EDITOR");
});
afterAll(() => t.close());

const COMMENTS = /* GraphQL */ `
  query ($itemId: ID!, $full: Boolean) {
    publicityComments(itemId: $itemId) {
      item { id title }
      totalCount
      hiddenCount
      letters(first: 10) {
        edges {
          node { id channel type subject hiddenAt mayViewFullWriter writer(full: $full) { name phone masked } }
        }
      }
    }
  }
`;
type CommentNode = {
  id: string;
  channel: string;
  type: string;
  subject: string;
  hiddenAt: string | null;
  mayViewFullWriter: boolean;
  writer: { name: string; phone: string; masked: boolean };
};
type CommentsData = {
  publicityComments: {
    item: { id: string; title: string };
    totalCount: number;
    hiddenCount: number;
    letters: { edges: Array<{ node: CommentNode }> };
  };
};

const reads = (letter: Letter, outcome: "SUCCESS" | "DENIED") =>
  t.prisma.auditEntry.count({ where: { action: "letters.personal_data.read", targetId: letter.id, outcome } });

describe("publicityComments (staff)", () => {
  it("lists an item's comments as letters, newest first, personal data masked, without a full read", async () => {
    const result = await otherHandler.gql<CommentsData>(COMMENTS, { itemId: item.globalId });
    expect(result.errors).toBeUndefined();
    const comments = result.data?.publicityComments;
    expect(comments).toMatchObject({ item: { id: item.globalId, title: item.title }, totalCount: 3, hiddenCount: 0 });
    const nodes = comments?.letters.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => n.id)).toEqual([idOf(newer), idOf(older), idOf(assigned)]);
    expect(nodes[0]).toEqual({
      id: idOf(newer),
      channel: "PUBLICITY_COMMENT",
      type: "OPINION",
      subject: `对《${item.title}》的意见`,
      hiddenAt: null,
      mayViewFullWriter: false,
      writer: { name: "李*", phone: "138****5678", masked: true },
    });
    for (const letter of [older, newer, assigned]) expect(await reads(letter, "SUCCESS")).toBe(0);
  });

  it("gives full values only to whom the letters module allows, auditing every full read and refusal", async () => {
    const mine = await assignedHandler.gql<CommentsData>(COMMENTS, { itemId: item.globalId, full: false });
    const own = mine.data?.publicityComments.letters.edges.find((e) => e.node.id === idOf(assigned))?.node;
    expect(own?.mayViewFullWriter).toBe(true);

    const page = `query ($id: ID!) {
      staffLetter(id: $id) { publicityItem { id title } writer(full: true) { name phone masked } }
    }`;
    type Page = {
      staffLetter: {
        publicityItem: { id: string; title: string };
        writer: { name: string; phone: string; masked: boolean };
      };
    };
    const full = await assignedHandler.gql<Page>(page, { id: idOf(assigned) });
    expect(full.data?.staffLetter.writer).toEqual({ name: "赵强", phone: "13812345678", masked: false });
    // The letter page names the publicity the comment is about.
    expect(full.data?.staffLetter.publicityItem).toEqual({ id: item.globalId, title: item.title });
    expect(await reads(assigned, "SUCCESS")).toBe(1);

    const refused = await otherHandler.gql<Page>(page, { id: idOf(assigned) });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(await reads(assigned, "DENIED")).toBe(1);

    // Asking the list for full values fails for a letter the viewer may not see in full, and is audited.
    const listFull = await otherHandler.gql<CommentsData>(COMMENTS, { itemId: item.globalId, full: true });
    expect(errorCode(listFull)).toBe("FORBIDDEN");
    expect(await reads(newer, "DENIED")).toBeGreaterThanOrEqual(1);

    const byAdmin = await admin.gql<CommentsData>(COMMENTS, { itemId: item.globalId, full: true });
    expect(byAdmin.data?.publicityComments.letters.edges.map((e) => e.node.writer.name)).toEqual([
      "李明",
      "王芳",
      "赵强",
    ]);
    for (const letter of [older, newer]) expect(await reads(letter, "SUCCESS")).toBe(1);
  });

  it("is for letter staff only, and NOT_FOUND for items that are not planning publicity", async () => {
    expect(errorCode(await editor.gql(COMMENTS, { itemId: item.globalId }))).toBe("FORBIDDEN");
    expect(errorCode(await t.agent().gql(COMMENTS, { itemId: item.globalId }))).toBe("UNAUTHENTICATED");
    const news = await openPublicity(t.prisma, t.clock, { kind: "NEWS", publicityType: null });
    const notPublicity = await otherHandler.gql(COMMENTS, { itemId: news.globalId });
    expect(errorCode(notPublicity)).toBe("NOT_FOUND");
    expect(notPublicity.errors?.[0]?.message).toBe("公示不存在或已删除");
  });
});

const INBOX = /* GraphQL */ `
  query ($filter: LetterInboxFilter) {
    letterInbox(filter: $filter, order: NEWEST, first: 50) { totalCount edges { node { id channel } } }
    letterInboxCounts(filter: $filter) { total }
  }
`;
type InboxData = {
  letterInbox: { totalCount: number; edges: Array<{ node: { id: string; channel: string } }> };
  letterInboxCounts: { total: number };
};

describe("the inbox", () => {
  it("filters by the channel 规划公示意见, and by the item commented on", async () => {
    const all = await t.prisma.letter.count({ where: { channel: "PUBLICITY_COMMENT" } });
    const byChannel = await otherHandler.gql<InboxData>(INBOX, { filter: { channel: "PUBLICITY_COMMENT" } });
    expect(byChannel.data?.letterInbox.totalCount).toBe(all);
    expect(byChannel.data?.letterInboxCounts.total).toBe(all);
    expect(new Set(byChannel.data?.letterInbox.edges.map((e) => e.node.channel))).toEqual(
      new Set(["PUBLICITY_COMMENT"]),
    );
    // The demo seed's comments are letters too: more than this test's three.
    expect(all).toBeGreaterThan(3);

    const byItem = await otherHandler.gql<InboxData>(INBOX, {
      filter: { channel: "PUBLICITY_COMMENT", contentItemId: item.globalId },
    });
    expect(byItem.data?.letterInbox.edges.map((e) => e.node.id)).toEqual([idOf(newer), idOf(older), idOf(assigned)]);

    const mailbox = await otherHandler.gql<InboxData>(INBOX, { filter: { channel: "DIRECTOR_MAILBOX" } });
    expect(mailbox.data?.letterInbox.edges.some((e) => e.node.channel !== "DIRECTOR_MAILBOX")).toBe(false);
    const wrongType = await otherHandler.gql(INBOX, { filter: { contentItemId: idOf(older) } });
    expect(errorCode(wrongType)).toBe("BAD_USER_INPUT");
  });
});

describe("moderation of a comment", () => {
  const HIDE = `mutation ($id: ID!, $reason: String!) {
    hideLetter(letterId: $id, reason: $reason) { hiddenAt hiddenReason error { message field } }
  }`;
  const RESTORE = `mutation ($id: ID!) { restoreLetter(letterId: $id) { hiddenAt error { message } } }`;
  type Moderated<K extends string> = {
    [key in K]: { hiddenAt: string | null; hiddenReason?: string | null; error: { message: string } | null };
  };
  const COUNT = `query ($slug: String) { contentItem(slug: $slug) { publicity { commentCount } } }`;
  const publicCount = async () =>
    (await t.request<{ contentItem: { publicity: { commentCount: number } } }>(COUNT, { slug: item.slug })).data
      ?.contentItem.publicity.commentCount;
  const MONTHS = "query { moderationCounts(year: 2026) { month letters comments } }";
  const march = async () =>
    (
      await t.request<{ moderationCounts: Array<{ month: number; letters: number; comments: number }> }>(MONTHS)
    ).data?.moderationCounts.find((m) => m.month === 3);
  const VISIBLE = `query ($publication: LetterPublicationFilter) {
    letterInbox(filter: { channel: PUBLICITY_COMMENT, publication: $publication }, first: 50) { edges { node { id } } }
  }`;
  const listed = async (publication: "VISIBLE" | "HIDDEN") =>
    (
      await maintainer.gql<{ letterInbox: { edges: Array<{ node: { id: string } }> } }>(VISIBLE, { publication })
    ).data?.letterInbox.edges.map((e) => e.node.id) ?? [];

  it("hides a comment letter from the public count with a recorded reason, and restores it", async () => {
    expect(await publicCount()).toBe(3);
    const monthBefore = await march();
    expect(await listed("VISIBLE")).toContain(idOf(older));

    const byHandler = await otherHandler.gql(HIDE, { id: idOf(older), reason: "广告信息" });
    expect(errorCode(byHandler)).toBe("FORBIDDEN");
    const hidden = await maintainer.gql<Moderated<"hideLetter">>(HIDE, { id: idOf(older), reason: "广告信息" });
    expect(hidden.data?.hideLetter).toMatchObject({ hiddenReason: "广告信息", error: null });
    expect(await publicCount()).toBe(2);
    const staffView = await otherHandler.gql<CommentsData>(COMMENTS, { itemId: item.globalId });
    expect(staffView.data?.publicityComments).toMatchObject({ totalCount: 3, hiddenCount: 1 });
    expect(await listed("HIDDEN")).toContain(idOf(older));
    expect(await listed("VISIBLE")).not.toContain(idOf(older));
    expect(await t.prisma.letterEvent.findMany({ where: { letterId: older.id, action: "HIDDEN" } })).toMatchObject([
      { note: "广告信息", public: false },
    ]);
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: MODERATION_ACTIONS.hideComment, targetId: older.id },
    });
    expect(audit).toMatchObject({ targetType: "Letter", detail: { reason: "广告信息" } });
    expect(await march()).toMatchObject({ comments: (monthBefore?.comments ?? 0) + 1, letters: monthBefore?.letters });
    const twice = await maintainer.gql<Moderated<"hideLetter">>(HIDE, { id: idOf(older), reason: "广告信息" });
    expect(twice.data?.hideLetter.error?.message).toBe("该意见已隐藏");

    const restored = await admin.gql<Moderated<"restoreLetter">>(RESTORE, { id: idOf(older) });
    expect(restored.data?.restoreLetter).toMatchObject({ hiddenAt: null, error: null });
    expect(await publicCount()).toBe(3);
    expect(
      await t.prisma.auditEntry.count({ where: { action: MODERATION_ACTIONS.restoreComment, targetId: older.id } }),
    ).toBe(1);
    // A restore does not rewrite the month's count.
    expect((await march())?.comments).toBe((monthBefore?.comments ?? 0) + 1);
  });

  it("still refuses to hide an ordinary letter nobody published", async () => {
    const letter = await f.letter({ subject: "未公开的普通来信" });
    const refused = await maintainer.gql<Moderated<"hideLetter">>(HIDE, { id: idOf(letter), reason: "测试隐藏" });
    expect(refused.data?.hideLetter.error?.message).toBe("该来信尚未公开，无需隐藏");
  });
});

describe("statistics", () => {
  it("count comments in their own channel, 规划公示意见, from the citizen's submission on", async () => {
    const STATISTICS = `query { letterStatistics(year: 2026, month: 3) { total byChannel { channel count } } }`;
    type Stats = { letterStatistics: { total: number; byChannel: Array<{ channel: string; count: number }> } };
    const count = async () => {
      const stats = (await t.request<Stats>(STATISTICS)).data?.letterStatistics;
      return { total: stats?.total, comments: stats?.byChannel.find((c) => c.channel === "PUBLICITY_COMMENT")?.count };
    };
    const before = await count();
    const march = { gte: at("2026-03-01T00:00:00"), lt: at("2026-04-01T00:00:00") };
    expect(before.comments).toBe(
      await t.prisma.letter.count({ where: { channel: "PUBLICITY_COMMENT", receivedAt: march } }),
    );

    const submitted = await t.request<CommentData>(
      SUBMIT_COMMENT,
      { input: commentFields(item.globalId, { altcha: await solvedChallenge(t) }), key: crypto.randomUUID() },
      { "x-forwarded-for": "198.51.100.77" },
    );
    expect(submitted.data?.submitPublicityComment.receipt).toBeTruthy();
    expect(await count()).toEqual({ total: (before.total ?? 0) + 1, comments: (before.comments ?? 0) + 1 });
  });
});
