import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import type { Role } from "../../generated/prisma/enums.js";
import { createSession, SESSION_COOKIE } from "../accounts/session.service.js";
import {
  letterFields,
  markReplied,
  newKey,
  type Receipt,
  SUBMIT_LETTER,
  type SubmitData,
  solvedChallenge,
} from "./citizen/test-fixtures.js";
import { letterFixtures } from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t.close());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
let nextIp = 1;

async function write(overrides: Record<string, unknown> = {}): Promise<{ receipt: Receipt; letterId: string }> {
  const result = await t.request<SubmitData>(
    SUBMIT_LETTER,
    { input: letterFields({ altcha: await solvedChallenge(t), ...overrides }), key: newKey() },
    { "x-forwarded-for": `203.0.113.${nextIp++}` },
  );
  const receipt = result.data?.submitLetter.receipt;
  if (!receipt) throw new Error(JSON.stringify(result));
  const letter = await t.prisma.letter.findUniqueOrThrow({
    where: { trackingCode: receipt.trackingCode.replace(/-/g, "") },
  });
  return { receipt, letterId: letter.id };
}

const sessions = new Map<string, Promise<string>>();
function as(...roles: Role[]) {
  const key = roles.join(",");
  let cookie = sessions.get(key);
  if (!cookie) {
    cookie = (async () => {
      const user = await t.prisma.user.create({
        data: {
          username: `pub-${key.toLowerCase().replace(/,/g, "-")}`,
          displayName: `测试${key}`,
          passwordHash: "-",
          roles,
        },
      });
      const { token } = await createSession(t.prisma, t.clock, user.id, { ip: null, userAgent: null });
      return `${SESSION_COOKIE}=${token}`;
    })();
    sessions.set(key, cookie);
  }
  return {
    gql: async <T>(query: string, variables: Record<string, unknown> = {}) =>
      t.request<T>(query, variables, { cookie: await (cookie as Promise<string>) }),
  };
}

const REDACTION = /* GraphQL */ `
  query Redaction($letterId: ID!) {
    letterRedaction(letterId: $letterId) {
      blocker
      subject { original proposed findings { kind text masked known } }
      body { original proposed findings { kind text masked known } }
      reply { original proposed findings { kind text masked known } }
    }
  }
`;
type Field = {
  original: string;
  proposed: string;
  findings: Array<{ kind: string; text: string; masked: string; known: boolean }>;
};
type RedactionData = { letterRedaction: { blocker: string | null; subject: Field; body: Field; reply: Field } | null };

const PUBLISH = /* GraphQL */ `
  mutation Publish($letterId: ID!, $input: PublishLetterInput!) {
    publishLetter(letterId: $letterId, input: $input) {
      letter { id subject body reply acceptedAt repliedAt departmentName }
      error { message }
      findings { kind text known }
    }
  }
`;
type PublishData = {
  publishLetter: {
    letter: { id: string; subject: string; body: string; reply: string; departmentName: string } | null;
    error: { message: string } | null;
    findings: Array<{ kind: string; text: string; known: boolean }>;
  };
};

const PUBLISHED = /* GraphQL */ `
  query Published($type: LetterType, $month: String, $search: String) {
    publishedLetters(type: $type, month: $month, search: $search, first: 50) {
      totalCount
      edges { node { id type subject body reply acceptedAt repliedAt departmentName publishedAt } }
    }
  }
`;
type PublishedData = {
  publishedLetters: {
    totalCount: number;
    edges: Array<{ node: { id: string; subject: string; body: string; reply: string; departmentName: string } }>;
  };
};
const published = (variables: Record<string, unknown> = {}) => t.request<PublishedData>(PUBLISHED, variables);

const PERSONAL_BODY = "我是李明华，住在幸福小区3栋2单元501室，电话13812345678。楼下工地每晚施工到凌晨，请尽快处理。";
const REPLY = "李明华您好：经核实，施工单位已调整作业时间。如有疑问请致电规划局热线0771-5551234。";

/**
 * The maintainer's round: take the proposal, put back what they judge public (`keep`, e.g. the
 * bureau's hotline, unmasked by editing) and confirm what they list in `confirm`.
 */
async function proposeAndPublish(
  letterId: string,
  { keep = ["0771-5551234"], confirm = keep }: { keep?: string[]; confirm?: string[] } = {},
) {
  const maintainer = as("MAINTAINER");
  const proposal = (await maintainer.gql<RedactionData>(REDACTION, { letterId: globalId("Letter", letterId) })).data
    ?.letterRedaction;
  if (!proposal) throw new Error("no proposal");
  const edited = (field: Field) =>
    field.findings
      .filter((f) => keep.includes(f.text))
      .reduce((text, f) => text.replace(f.masked, f.text), field.proposed);
  return maintainer.gql<PublishData>(PUBLISH, {
    letterId: globalId("Letter", letterId),
    input: {
      subject: edited(proposal.subject),
      body: edited(proposal.body),
      reply: edited(proposal.reply),
      confirmedFindings: confirm,
    },
  });
}

describe("publishing a letter (来信选登)", () => {
  it("flags the writer's name, phone and address and proposes masked texts", async () => {
    const { receipt, letterId } = await write({ body: PERSONAL_BODY });
    await markReplied(t.prisma, t.clock, receipt.trackingCode, REPLY);
    const result = await as("MAINTAINER").gql<RedactionData>(REDACTION, { letterId: globalId("Letter", letterId) });
    const redaction = result.data?.letterRedaction;
    expect(redaction?.blocker).toBeNull();
    expect(redaction?.body.findings.map((f) => [f.kind, f.text, f.known])).toEqual([
      ["NAME", "李明华", true],
      ["ADDRESS", "幸福小区3栋2单元501室", false],
      ["PHONE", "13812345678", true],
    ]);
    expect(redaction?.body.proposed).toBe(
      "我是李**，住在**小区*栋*单元*室，电话138****5678。楼下工地每晚施工到凌晨，请尽快处理。",
    );
    expect(redaction?.reply.findings.map((f) => f.text)).toEqual(["李明华", "0771-5551234"]);
  });

  it("refuses texts that still hold personal data, then publishes the redacted ones without any", async () => {
    const { receipt, letterId } = await write({ subject: "夜间施工扰民投诉", body: PERSONAL_BODY });
    await markReplied(t.prisma, t.clock, receipt.trackingCode, REPLY);

    const raw = await as("MAINTAINER").gql<PublishData>(PUBLISH, {
      letterId: globalId("Letter", letterId),
      input: {
        subject: "夜间施工扰民投诉",
        body: PERSONAL_BODY,
        reply: REPLY,
        confirmedFindings: ["13812345678", "李明华"],
      },
    });
    expect(raw.data?.publishLetter.letter).toBeNull();
    expect(raw.data?.publishLetter.error?.message).toBe("公开内容仍含有来信人本人的姓名、电话号码，请隐去后再发布");

    const unconfirmed = await proposeAndPublish(letterId, { confirm: [] });
    expect(unconfirmed.data?.publishLetter.error?.message).toBe(
      "以下内容可能是个人信息，请隐去或确认可以公开：电话号码“0771-5551234”",
    );

    const done = await proposeAndPublish(letterId);
    expect(done.data?.publishLetter.error).toBeNull();
    expect(done.data?.publishLetter.letter).toMatchObject({
      subject: "夜间施工扰民投诉",
      departmentName: "测试规划科",
    });

    const list = await published();
    const item = list.data?.publishedLetters.edges.find((e) => e.node.id === done.data?.publishLetter.letter?.id);
    expect(item?.node).toMatchObject({
      subject: "夜间施工扰民投诉",
      reply: "李**您好：经核实，施工单位已调整作业时间。如有疑问请致电规划局热线0771-5551234。",
      departmentName: "测试规划科",
    });
    const everything = JSON.stringify(list.data);
    for (const personal of ["李明华", "13812345678", "幸福小区", "liminghua@example.com"]) {
      expect(everything).not.toContain(personal);
    }
    // Searching by the writer's name finds nothing: only the published texts are searched.
    expect((await published({ search: "李明华" })).data?.publishedLetters.totalCount).toBe(0);
    expect((await published({ search: "扰民" })).data?.publishedLetters.totalCount).toBeGreaterThanOrEqual(1);
  });

  it("refuses without the writer's consent, before the reply, and for roles other than maintainers and admins", async () => {
    const noConsent = await write({ mayPublish: false });
    await markReplied(t.prisma, t.clock, noConsent.receipt.trackingCode);
    expect((await proposeAndPublish(noConsent.letterId)).data?.publishLetter.error?.message).toBe(
      "来信人未同意公开，不能发布",
    );

    const notReplied = await write();
    expect((await proposeAndPublish(notReplied.letterId)).data?.publishLetter.error?.message).toBe(
      "答复发出后才能公开来信",
    );

    const replied = await write();
    await markReplied(t.prisma, t.clock, replied.receipt.trackingCode);
    const handler = await as("HANDLER").gql<PublishData>(PUBLISH, {
      letterId: globalId("Letter", replied.letterId),
      input: { subject: "x", body: "y", reply: "z" },
    });
    expect(errorCode(handler)).toBe("FORBIDDEN");
    const anonymous = await t.request(PUBLISH, {
      letterId: globalId("Letter", replied.letterId),
      input: { subject: "x", body: "y", reply: "z" },
    });
    expect(errorCode(anonymous)).toBe("UNAUTHENTICATED");
    expect((await proposeAndPublish(replied.letterId)).data?.publishLetter.error).toBeNull();
  });

  it("lists by type, month of acceptance and search", async () => {
    const { receipt, letterId } = await write({
      type: "SUGGESTION",
      subject: "建议在江边增设步道",
      body: "建议在邕江南岸增设滨水步道和自行车道，方便市民锻炼。",
    });
    await markReplied(t.prisma, t.clock, receipt.trackingCode, "感谢建议，已纳入滨水空间规划研究。");
    expect((await proposeAndPublish(letterId)).data?.publishLetter.error).toBeNull();

    const suggestions = await published({ type: "SUGGESTION" });
    expect(suggestions.data?.publishedLetters.edges.map((e) => e.node.subject)).toEqual(["建议在江边增设步道"]);
    expect((await published({ month: "2026-03", search: "步道" })).data?.publishedLetters.totalCount).toBe(1);
    expect((await published({ month: "2026-02", search: "步道" })).data?.publishedLetters.totalCount).toBe(0);
    const badMonth = await published({ month: "2026-13" });
    expect(errorCode(badMonth)).toBe("BAD_USER_INPUT");
  });
});

describe("moderation", () => {
  const HIDE = /* GraphQL */ `
    mutation Hide($letterId: ID!, $reason: String!) {
      hideLetter(letterId: $letterId, reason: $reason) { hiddenAt hiddenReason error { message field } }
    }
  `;
  const RESTORE = /* GraphQL */ `
    mutation Restore($letterId: ID!) { restoreLetter(letterId: $letterId) { hiddenAt error { message } } }
  `;
  type ModerationData<K extends string> = {
    [key in K]: { hiddenAt: string | null; hiddenReason?: string | null; error: { message: string } | null };
  };
  const COUNTS = "query ($year: Int!) { moderationCounts(year: $year) { month letters comments } }";
  type CountsData = { moderationCounts: Array<{ month: number; letters: number; comments: number }> };

  it("hides a published letter with a recorded reason, and restores it", async () => {
    const { receipt, letterId } = await write({ subject: "隐藏与恢复检查" });
    await markReplied(t.prisma, t.clock, receipt.trackingCode);
    const publishedId = (await proposeAndPublish(letterId)).data?.publishLetter.letter?.id;
    const maintainer = as("MAINTAINER");
    const letterGid = globalId("Letter", letterId);

    const noReason = await maintainer.gql<ModerationData<"hideLetter">>(HIDE, { letterId: letterGid, reason: " " });
    expect(noReason.data?.hideLetter.error).toMatchObject({ message: "请填写隐藏原因", field: "reason" });
    const byHandler = await as("HANDLER").gql(HIDE, { letterId: letterGid, reason: "含有不实信息" });
    expect(errorCode(byHandler)).toBe("FORBIDDEN");

    const hidden = await maintainer.gql<ModerationData<"hideLetter">>(HIDE, {
      letterId: letterGid,
      reason: "含有不实信息",
    });
    expect(hidden.data?.hideLetter).toMatchObject({ hiddenReason: "含有不实信息", error: null });
    expect((await published({ search: "隐藏与恢复" })).data?.publishedLetters.totalCount).toBe(0);
    const node = await t.request<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", { id: publishedId });
    expect(node.data?.node).toBeNull();
    const events = await t.prisma.letterEvent.findMany({ where: { letterId, action: "HIDDEN" } });
    expect(events).toMatchObject([{ note: "含有不实信息", public: false }]);

    const restored = await as("ADMIN").gql<ModerationData<"restoreLetter">>(RESTORE, { letterId: letterGid });
    expect(restored.data?.restoreLetter).toMatchObject({ hiddenAt: null, error: null });
    expect((await published({ search: "隐藏与恢复" })).data?.publishedLetters.totalCount).toBe(1);
    const again = await as("ADMIN").gql<ModerationData<"restoreLetter">>(RESTORE, { letterId: letterGid });
    expect(again.data?.restoreLetter.error?.message).toBe("该来信未被隐藏");
  });

  it("hides and restores comments on planning publicity the same way, and counts hidden items per month publicly", async () => {
    const column = await t.prisma.column.create({ data: { slug: "moderation-test", name: "规划公示" } });
    const item = await t.prisma.contentItem.create({
      data: {
        kind: "PUBLICITY",
        status: "PUBLISHED",
        title: "某地块规划公示",
        columnId: column.id,
        publishedAt: t.clock.now(),
      },
    });
    const comment = await letterFixtures(t.services).letter({
      channel: "PUBLICITY_COMMENT",
      type: "OPINION",
      subject: "对《某地块规划公示》的意见",
      body: "广告内容，与公示无关。",
      writerName: "周某",
      writerPhone: "13900001111",
      mayPublish: false,
      contentItemId: item.id,
    });
    const maintainer = as("MAINTAINER");
    const commentGid = globalId("Letter", comment.id);
    const hidden = await maintainer.gql<ModerationData<"hideLetter">>(HIDE, { letterId: commentGid, reason: "广告" });
    expect(hidden.data?.hideLetter).toMatchObject({ hiddenReason: "广告", error: null });
    expect((await t.prisma.letter.findUniqueOrThrow({ where: { id: comment.id } })).hiddenAt).not.toBeNull();

    const before = await t.request<CountsData>(COUNTS, { year: 2026 });
    const march = before.data?.moderationCounts.find((m) => m.month === 3);
    expect(march).toMatchObject({ comments: 1 });
    expect(march?.letters).toBeGreaterThanOrEqual(1);
    expect(before.data?.moderationCounts).toHaveLength(12);

    const restored = await maintainer.gql<ModerationData<"restoreLetter">>(RESTORE, { letterId: commentGid });
    expect(restored.data?.restoreLetter).toMatchObject({ hiddenAt: null, error: null });
    // The count says what happened: a restore does not unhide the past.
    const after = await t.request<CountsData>(COUNTS, { year: 2026 });
    expect(after.data?.moderationCounts.find((m) => m.month === 3)?.comments).toBe(1);
    expect(
      (await t.request<CountsData>(COUNTS, { year: 2025 })).data?.moderationCounts.every(
        (m) => m.letters + m.comments === 0,
      ),
    ).toBe(true);
  });
});
