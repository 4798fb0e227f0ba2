// Letters from other channels: typed in by hand or imported from CSV/JSON, keeping the external
// id; duplicates refused naming the existing letter; every problem listed by row; all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import type { PrismaClient } from "../../db/index.js";
import { formatCode } from "./codes.js";
import { importLetters } from "./import.service.js";
import { letterFixtures } from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let f: ReturnType<typeof letterFixtures>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let handler: Agent, editor: Agent;

beforeAll(async () => {
  t = await createTestApp();
  f = letterFixtures(t.services);
  handler = await t.agent().loginAs("HANDLER");
  editor = await t.agent().loginAs("EDITOR");
});
afterAll(() => t.close());

type ImportPayload = {
  imported: number;
  letters: Array<{
    id: string;
    trackingCode: string;
    status: string;
    externalId: string;
    receivedAt: string;
    complex: boolean;
  }>;
  errors: Array<{ row: number; field: string | null; message: string }>;
};
const IMPORT = `mutation($format: LetterImportFormat!, $content: String!) {
  importLetters(format: $format, content: $content) {
    imported letters { id trackingCode status externalId receivedAt complex } errors { row field message }
  }
}`;
async function importFile(agent: Agent, format: "CSV" | "JSON", content: string) {
  const result = await agent.gql<{ importLetters: ImportPayload }>(IMPORT, { format, content });
  return { result, payload: result.data?.importLetters };
}
const countExternal = (prefix: string) => t.prisma.letter.count({ where: { externalId: { startsWith: prefix } } });

describe("importing a CSV export", () => {
  it("registers every row with its external id and receipt time, from a sheet with Chinese headers", async () => {
    const csv = [
      "\uFEFF渠道,外部编号,类型,标题,内容,姓名,电话,收信时间,复杂件",
      '政民互动平台,ZM-A-001,咨询,琅东片区控规何时公示,"请问琅东片区控规调整,何时公示？",李四,13912345678,2026-02-26 10:30,否',
      '网上信访,XF-A-002,投诉,"夜间施工噪声","某工地""夜间""施工。\n已多次反映。",王五,,2026/2/27 09:00,是',
      "ONLINE_PETITION,XF-A-003,SUGGESTION,建议增设公交站,建议在地铁站旁增设公交站,,,2026-03-01T08:00:00+08:00,false",
      "",
    ].join("\r\n");
    const { payload, result } = await importFile(handler, "CSV", csv);
    expect(payload?.errors, JSON.stringify(result)).toEqual([]);
    expect(payload?.imported).toBe(3);
    expect(payload?.letters.map((l) => [l.externalId, l.status, l.receivedAt, l.complex])).toEqual([
      ["ZM-A-001", "REGISTERED", "2026-02-26T02:30:00.000Z", false],
      ["XF-A-002", "REGISTERED", "2026-02-27T01:00:00.000Z", true],
      ["XF-A-003", "REGISTERED", "2026-03-01T00:00:00.000Z", false],
    ]);
    const stored = await t.prisma.letter.findFirstOrThrow({
      where: { externalId: "XF-A-002" },
      include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
    });
    expect(stored).toMatchObject({
      channel: "ONLINE_PETITION",
      type: "COMPLAINT",
      body: '某工地"夜间"施工。\n已多次反映。',
      writerName: "王五",
      writerPhone: null,
      // 7 working days from Fri Feb 27 (Sat Feb 28 is a 调休 working day): Feb 28, Mar 2–6, Mar 9.
      replyDueAt: new Date("2026-03-09T15:59:59.999Z"),
    });
    expect(stored.events.map((e) => [e.action, e.toStatus])).toEqual([
      ["RECEIVED", "RECEIVED"],
      ["REGISTERED", "REGISTERED"],
    ]);
    const audit = await t.prisma.auditEntry.findFirst({ where: { action: "letters.import" }, orderBy: { at: "desc" } });
    expect(audit?.detail).toMatchObject({ format: "CSV", count: 3 });
  });

  it("lists every problem by row and stores nothing", async () => {
    const existing = await f.letter({ channel: "CITIZEN_PLATFORM", externalId: "ZM-B-OLD" });
    const csv = [
      "channel,externalId,type,subject,body,writerEmail,receivedAt,complex",
      "CITIZEN_PLATFORM,ZM-B-001,CONSULTATION,合格的一行,内容,,2026-02-20 10:00,",
      "局长信箱,ZM-B-002,咨询,渠道不对,内容,,,",
      "CITIZEN_PLATFORM,ZM-B-003,催办,,内容,not-mail,2027-01-01 10:00,也许",
      "CITIZEN_PLATFORM,ZM-B-001,CONSULTATION,同一文件内重复,内容,,,",
      "CITIZEN_PLATFORM,ZM-B-OLD,CONSULTATION,已登记过,内容,,,",
      ",,CONSULTATION,缺渠道和编号,内容,,,",
    ].join("\n");
    const { payload } = await importFile(handler, "CSV", csv);
    expect(payload?.imported).toBe(0);
    expect(payload?.errors).toEqual([
      {
        row: 2,
        field: "channel",
        message: "渠道：渠道应为政民互动平台、网上信访、领导留言板之一（局长信箱和公示意见经本网站提交，无须导入）",
      },
      { row: 3, field: "type", message: "类型：类型应为咨询、意见、建议、投诉、依申请公开之一" },
      { row: 3, field: "subject", message: "标题：缺少标题" },
      { row: 3, field: "writerEmail", message: "邮箱：邮箱格式不正确" },
      { row: 3, field: "receivedAt", message: "收信时间：收信时间不能晚于现在" },
      { row: 3, field: "complex", message: "复杂件：应为 是/否（true/false）" },
      { row: 4, field: "externalId", message: "外部编号：政民互动平台编号 ZM-B-001 与第 1 条重复" },
      {
        row: 5,
        field: "externalId",
        message: `外部编号：政民互动平台编号 ZM-B-OLD 已登记为来信 ${formatCode(existing.trackingCode)}，不能重复登记`,
      },
      { row: 6, field: "channel", message: "渠道：缺少渠道" },
      { row: 6, field: "externalId", message: "外部编号：缺少外部编号（来信在原系统中的编号）" },
    ]);
    expect(await countExternal("ZM-B-0")).toBe(0);
  });

  it("refuses a file it cannot read, or one that is too long", async () => {
    expect((await importFile(handler, "CSV", 'channel,subject\nCITIZEN_PLATFORM,"未闭合')).payload?.errors).toEqual([
      { row: 0, field: null, message: "文件结尾处有未闭合的引号" },
    ]);
    expect((await importFile(handler, "CSV", 'channel,subject\nCITIZEN_PLATFORM,关于"某"路')).payload?.errors).toEqual([
      { row: 0, field: null, message: '第 2 行：引号只能包住整个字段（字段内的引号请写成两个 ""）' },
    ]);
    expect((await importFile(handler, "JSON", "{not json")).payload?.errors).toEqual([
      { row: 0, field: null, message: "文件不是有效的 JSON" },
    ]);
    const many = JSON.stringify(Array.from({ length: 501 }, (_, i) => ({ externalId: `X-${i}` })));
    expect((await importFile(handler, "JSON", many)).payload?.errors[0]?.message).toBe(
      "一次最多导入 500 封来信，本文件有 501 封，请分批导入",
    );
  });

  it("imports JSON, with an array under `letters`", async () => {
    const json = JSON.stringify({
      letters: [
        {
          channel: "LEADER_MESSAGE_BOARD",
          externalId: "LY-C-1",
          type: "OPINION",
          subject: "对滨江公园设计的意见",
          body: "希望保留江边老榕树。",
          complex: true,
          mayPublish: true,
        },
      ],
    });
    const { payload } = await importFile(handler, "JSON", json);
    expect(payload?.letters).toMatchObject([{ externalId: "LY-C-1", status: "REGISTERED", complex: true }]);
    // No receipt time given: received now.
    expect(payload?.letters[0]?.receivedAt).toBe(t.clock.now().toISOString());
  });

  it("is for handlers and admins", async () => {
    const { result } = await importFile(editor, "JSON", "[]");
    expect(errorCode(result)).toBe("FORBIDDEN");
  });

  it("stores nothing when a row fails while storing", async () => {
    // A letter registered between the check and the store (another tab, another instance): the
    // check is made blind to it, so the store meets it on the second row.
    await f.letter({ channel: "ONLINE_PETITION", externalId: "XF-D-2" });
    const blind = new Proxy(t.prisma, {
      get(target, prop, receiver) {
        if (prop !== "letter") return Reflect.get(target, prop, receiver);
        return new Proxy(target.letter, {
          get: (delegate, p, r) => (p === "findMany" ? async () => [] : Reflect.get(delegate, p, r)),
        });
      },
    }) as PrismaClient;
    const actor = { id: await f.userId("handler"), name: "承办", roles: ["HANDLER" as const], departmentId: null };
    const rows = JSON.stringify([
      { channel: "ONLINE_PETITION", externalId: "XF-D-1", type: "COMPLAINT", subject: "第一封", body: "内容" },
      { channel: "ONLINE_PETITION", externalId: "XF-D-2", type: "COMPLAINT", subject: "第二封", body: "内容" },
    ]);
    await expect(importLetters({ ...f.deps, prisma: blind }, actor, { format: "JSON", content: rows })).rejects.toThrow(
      /已登记为来信/,
    );
    expect(await t.prisma.letter.count({ where: { externalId: "XF-D-1" } })).toBe(0);
  });
});

describe("registering one letter by hand", () => {
  const REGISTER = `mutation($input: ExternalLetterInput!) {
    registerExternalLetter(input: $input) { letter { status externalId channel type } errors { message field } }
  }`;
  const input = {
    channel: "CITIZEN_PLATFORM",
    externalId: "ZM-E-1",
    type: "CONSULTATION",
    subject: "五象新区学校规划咨询",
    body: "请问五象新区新建小学的规划位置。",
    writerName: "赵六",
    writerPhone: "13700001111",
    receivedAt: "2026-03-01T02:00:00.000Z",
  };

  it("registers it, and refuses the same external id again naming the letter", async () => {
    type Result = {
      registerExternalLetter: {
        letter: Record<string, string> | null;
        errors: Array<{ message: string; field: string | null }>;
      };
    };
    const first = await handler.gql<Result>(REGISTER, { input });
    expect(first.data?.registerExternalLetter).toEqual({
      letter: { status: "REGISTERED", externalId: "ZM-E-1", channel: "CITIZEN_PLATFORM", type: "CONSULTATION" },
      errors: [],
    });
    const stored = await t.prisma.letter.findFirstOrThrow({ where: { externalId: "ZM-E-1" } });
    const again = await handler.gql<Result>(REGISTER, { input: { ...input, subject: "重复登记" } });
    expect(again.data?.registerExternalLetter).toEqual({
      letter: null,
      errors: [
        {
          message: `外部编号：政民互动平台编号 ZM-E-1 已登记为来信 ${formatCode(stored.trackingCode)}，不能重复登记`,
          field: "externalId",
        },
      ],
    });
    // The same id in another channel is another letter.
    const otherChannel = await handler.gql<Result>(REGISTER, { input: { ...input, channel: "ONLINE_PETITION" } });
    expect(otherChannel.data?.registerExternalLetter.letter?.channel).toBe("ONLINE_PETITION");
  });

  it("refuses the portal's own channels", async () => {
    type Result = { registerExternalLetter: { errors: Array<{ field: string | null }> } };
    const mailbox = await handler.gql<Result>(REGISTER, {
      input: { ...input, externalId: "ZM-E-2", channel: "DIRECTOR_MAILBOX" },
    });
    expect(mailbox.data?.registerExternalLetter.errors.map((e) => e.field)).toEqual(["channel"]);
  });
});
