import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../../test/helpers.js";
import { HOUR } from "../../../clock.js";
import { POW } from "../abuse/altcha.js";
import { LIMITS } from "../abuse/rate-limit.js";
import {
  LETTER_STATUS,
  letterFields,
  markReplied,
  newKey,
  type Receipt,
  SUBMIT_LETTER,
  type SubmitData,
  solvedChallenge,
} from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t.close());

/** Pothos relay's global ids: base64 of "Typename:id". */
const toGlobalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString("base64");

let nextIp = 1;
/** Each test writes from its own address, so the per-address limits of one do not touch another. */
const freshIp = () => `198.51.100.${nextIp++}`;

async function submit(fields: Record<string, unknown>, key: string = newKey(), ip = freshIp()) {
  return t.request<SubmitData>(SUBMIT_LETTER, { input: fields, key }, { "x-forwarded-for": ip });
}

async function write(overrides: Record<string, unknown> = {}): Promise<Receipt> {
  const result = await submit(letterFields({ altcha: await solvedChallenge(t), ...overrides }));
  const receipt = result.data?.submitLetter.receipt;
  if (!receipt) throw new Error(`submission failed: ${JSON.stringify(result)}`);
  return receipt;
}

type StatusData = {
  letterStatus: {
    letter: {
      trackingCode: string;
      progress: string;
      subject: string;
      canRate: boolean;
      timeline: Array<{ action: string; label: string }>;
      reply: { text: string; departmentName: string | null } | null;
      rating: { rating: string; comment: string | null } | null;
    } | null;
    error: { message: string } | null;
  };
};

const status = (trackingCode: string, accessCode: string, ip = freshIp(), deviceId?: string) =>
  t.request<StatusData>(LETTER_STATUS, { trackingCode, accessCode, deviceId }, { "x-forwarded-for": ip });

describe("submitting a letter", () => {
  it("answers with a tracking code and a separate access code, and stores the letter as received", async () => {
    const receipt = await write();
    expect(receipt.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.accessCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    const letter = await t.prisma.letter.findUniqueOrThrow({
      where: { trackingCode: receipt.trackingCode.replace(/-/g, "") },
      include: { events: true },
    });
    expect(letter).toMatchObject({
      status: "RECEIVED",
      channel: "DIRECTOR_MAILBOX",
      type: "COMPLAINT",
      writerName: "李明华",
    });
    // Only a hash of the access code is kept.
    expect(JSON.stringify(letter)).not.toContain(receipt.accessCode.replace(/-/g, ""));
    expect(letter.events).toMatchObject([{ action: "SUBMITTED", public: true, toStatus: "RECEIVED" }]);
  });

  it("stores a letter submitted twice with one idempotency key once, and answers both with the same codes", async () => {
    const key = newKey();
    const fields = letterFields({ subject: "地铁站出口规划咨询", altcha: await solvedChallenge(t) });
    const first = await submit(fields, key);
    // The repeat (a queued offline submission replayed) carries the same, already used, challenge.
    const second = await submit(fields, key, freshIp());
    expect(first.data?.submitLetter.receipt).toBeTruthy();
    expect(second.data?.submitLetter.receipt).toEqual(first.data?.submitLetter.receipt);
    expect(await t.prisma.letter.count({ where: { subject: "地铁站出口规划咨询" } })).toBe(1);

    // The same key with different content is not answered with those codes.
    const other = await submit({ ...fields, body: "完全不同的另一封来信内容，用来检查幂等键被另作他用。" }, key);
    expect(other.data?.submitLetter).toMatchObject({ receipt: null, error: { field: "idempotencyKey" } });
  });

  it("refuses clearly what the writer can fix", async () => {
    const altcha = await solvedChallenge(t);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ subject: "短" }, "subject", "标题至少 4 个字"],
      [{ body: "太短了" }, "body", "来信内容至少 10 个字"],
      [{ body: "长".repeat(5001) }, "body", "来信内容不能超过 5000 个字"],
      [{ phone: "12345" }, "phone", "请填写正确的手机号码"],
      [{ email: "not-an-email" }, "email", "请填写正确的电子邮箱"],
      [{ type: "DISCLOSURE_REQUEST" }, "type", "请选择来信类型"],
      [{ attachmentIds: ["A", "B", "C", "D", "E", "F"] }, "attachmentIds", "附件"],
    ];
    for (const [override, field, message] of cases) {
      const result = await submit(letterFields({ altcha, ...override }));
      expect(result.data?.submitLetter.error, JSON.stringify(override)).toMatchObject({ field });
      expect(result.data?.submitLetter.error?.message).toContain(message);
    }
    const key = await submit(letterFields({ altcha }), "not-a-uuid");
    expect(key.data?.submitLetter.error).toMatchObject({ field: "idempotencyKey" });
  });
});

describe("abuse checks on submission", () => {
  it("refuses a missing, forged, expired or replayed ALTCHA solution", async () => {
    const missing = await submit(letterFields());
    expect(missing.data?.submitLetter.error).toEqual({ message: "请完成人机验证后再提交", field: "altcha" });

    const garbage = await submit(letterFields({ altcha: "bm90IGEgcGF5bG9hZA==" }));
    expect(garbage.data?.submitLetter.error).toMatchObject({
      field: "altcha",
      message: expect.stringContaining("未通过"),
    });

    // A real solution whose challenge was altered (a counter of our choosing) fails the signature.
    const good = JSON.parse(Buffer.from(await solvedChallenge(t), "base64").toString());
    good.challenge.parameters.cost = 1;
    const tampered = await submit(letterFields({ altcha: Buffer.from(JSON.stringify(good)).toString("base64") }));
    expect(tampered.data?.submitLetter.error).toMatchObject({
      field: "altcha",
      message: expect.stringContaining("未通过"),
    });

    const stale = await solvedChallenge(t, { fillMs: 3 * HOUR });
    const expired = await submit(letterFields({ altcha: stale }));
    expect(expired.data?.submitLetter.error).toMatchObject({
      field: "altcha",
      message: expect.stringContaining("过期"),
    });

    const once = await solvedChallenge(t);
    const accepted = await submit(letterFields({ subject: "重放检查第一封", altcha: once }));
    expect(accepted.data?.submitLetter.receipt).toBeTruthy();
    const replayed = await submit(letterFields({ subject: "重放检查第二封", altcha: once }));
    expect(replayed.data?.submitLetter.error).toMatchObject({
      field: "altcha",
      message: expect.stringContaining("已使用"),
    });
    expect(await t.prisma.letter.count({ where: { subject: "重放检查第二封" } })).toBe(0);
  });

  it("refuses a filled honeypot and a form sent too soon after it opened, without saying why", async () => {
    const subject = "蜜罐与填写时间检查";
    const honeypot = await submit(
      letterFields({ subject, website: "http://spam.example", altcha: await solvedChallenge(t) }),
    );
    const tooFast = await submit(letterFields({ subject, altcha: await solvedChallenge(t, { fillMs: 1000 }) }));
    for (const result of [honeypot, tooFast]) {
      expect(result.data?.submitLetter).toEqual({
        receipt: null,
        error: { message: "提交未成功，请稍候片刻再提交", field: null },
      });
    }
    expect(await t.prisma.letter.count({ where: { subject } })).toBe(0);
  });

  it("tells the privacy notice how long personal data is kept, as the server is configured", async () => {
    const result = await t.request<{ letterPolicy: { retentionDays: number } }>("{ letterPolicy { retentionDays } }");
    expect(result.data?.letterPolicy.retentionDays).toBe(t.services.letterRetentionDays);
    const other = await createTestApp({ seed: false, letterRetentionDays: 1825 });
    try {
      const five = await other.request<{ letterPolicy: { retentionDays: number } }>(
        "{ letterPolicy { retentionDays } }",
      );
      expect(five.data?.letterPolicy.retentionDays).toBe(1825);
    } finally {
      await other.close();
    }
  });

  it("issues challenges publicly, signed, with the fill time and expiry stated", async () => {
    const result = await t.request<{
      letterChallenge: { challenge: string; expiresAt: string; submitNotBefore: string };
    }>("{ letterChallenge { challenge expiresAt submitNotBefore } }");
    const challenge = JSON.parse(result.data?.letterChallenge.challenge ?? "{}");
    expect(challenge.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256", cost: POW.cost });
    expect(challenge.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    const now = t.clock.now().getTime();
    expect(new Date(result.data?.letterChallenge.submitNotBefore ?? 0).getTime()).toBe(now + 5000);
    expect(new Date(result.data?.letterChallenge.expiresAt ?? 0).getTime()).toBe(now + 2 * HOUR);
  });

  it("accepts a letterChallenge solved at full difficulty, as the widget solves it", async () => {
    const result = await t.request<{ letterChallenge: { challenge: string; submitNotBefore: string } }>(
      "{ letterChallenge { challenge submitNotBefore } }",
      {},
      { "x-forwarded-for": freshIp() },
    );
    const challenge = JSON.parse(result.data?.letterChallenge.challenge ?? "{}");
    const solution = await solveChallenge({ challenge, deriveKey, timeout: 60_000 });
    expect(solution?.counter).toBeGreaterThanOrEqual(POW.counterMin);
    t.clock.set(result.data?.letterChallenge.submitNotBefore ?? "");
    const altcha = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    const submitted = await submit(letterFields({ subject: "完整难度的人机验证", altcha }));
    expect(submitted.data?.submitLetter.receipt).toBeTruthy();
  }, 60_000);

  it("limits accepted letters per device", async () => {
    const ip = freshIp();
    const deviceId = "device-0123456789abcdef";
    const statuses: string[] = [];
    for (let i = 0; i <= LIMITS.submitPerDevice.points; i++) {
      const result = await submit(
        letterFields({ subject: `设备限流检查 ${i}`, altcha: await solvedChallenge(t), deviceId }),
        newKey(),
        ip,
      );
      statuses.push(result.data?.submitLetter.receipt ? "ok" : String(errorCode(result)));
    }
    expect(statuses).toEqual([...Array(LIMITS.submitPerDevice.points).fill("ok"), "RATE_LIMITED"]);
  });
});

describe("tracking a letter", () => {
  it("shows status, public timeline and nothing personal with both codes", async () => {
    const receipt = await write({ subject: "五象新区公园规划建议" });
    const result = await status(receipt.trackingCode, receipt.accessCode.toLowerCase());
    expect(result.data?.letterStatus.letter).toMatchObject({
      trackingCode: receipt.trackingCode,
      progress: "RECEIVED",
      subject: "五象新区公园规划建议",
      canRate: false,
      reply: null,
      timeline: [{ action: "SUBMITTED", label: "来信已提交" }],
    });
    expect(JSON.stringify(result.data)).not.toMatch(/李明华|13812345678|liminghua/);
  });

  it("gives one answer for a wrong tracking code and a wrong access code, and never opens another writer's letter", async () => {
    const a = await write({ subject: "甲的来信：路灯" });
    const b = await write({ subject: "乙的来信：绿地" });
    const answers = await Promise.all([
      status(a.trackingCode, b.accessCode),
      status(b.trackingCode, a.accessCode),
      status("ZZZZ-ZZZZ-ZZZZ", a.accessCode),
      status(a.trackingCode, "not a code"),
    ]);
    for (const answer of answers) {
      expect(answer.data?.letterStatus).toEqual({
        letter: null,
        error: { message: "受理编号或查询码不正确，请核对后重新输入", field: null },
      });
    }

    // Nor by global id: an unpublished letter is no PublishedLetter, and the staff type needs a session.
    const letterA = await t.prisma.letter.findUniqueOrThrow({
      where: { trackingCode: a.trackingCode.replace(/-/g, "") },
    });
    for (const typename of ["PublishedLetter", "Letter"]) {
      const node = await t.request<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
        id: toGlobalId(typename, letterA.id),
      });
      expect(node.data?.node ?? null).toBeNull();
    }
  });

  it("has no field that reaches the writer's personal data or staff-only facts", async () => {
    const result = await t.request<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "LetterTracking") { fields { name } } }',
    );
    const names = result.data?.__type.fields.map((f) => f.name) ?? [];
    expect(names.sort()).toEqual(
      [
        "canRate",
        "progress",
        "rating",
        "receivedAt",
        "replyDueAt",
        "reply",
        "subject",
        "timeline",
        "trackingCode",
        "type",
      ].sort(),
    );
    const published = await t.request<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "PublishedLetter") { fields { name } } }',
    );
    expect(published.data?.__type.fields.map((f) => f.name).sort()).toEqual(
      ["acceptedAt", "body", "departmentName", "id", "publishedAt", "repliedAt", "reply", "subject", "type"].sort(),
    );
  });

  it("limits wrong codes per device: the next try is refused even with the right codes", async () => {
    const receipt = await write();
    const ip = freshIp();
    const deviceId = "tracking-device-0123456789";
    for (let i = 0; i < LIMITS.wrongCodePerDevice.points; i++) {
      const wrong = await status(receipt.trackingCode, "0000-0000-0000-0000-0000-0000-0000", ip, deviceId);
      expect(wrong.data?.letterStatus.error).toBeTruthy();
    }
    const right = await status(receipt.trackingCode, receipt.accessCode, ip, deviceId);
    expect(errorCode(right)).toBe("RATE_LIMITED");
    expect(right.errors?.[0]?.message).toMatch(/^操作过于频繁，请 \d+ 分钟后再试$/);
    // Another phone behind the same address is not held up by this one.
    const otherDevice = await status(receipt.trackingCode, receipt.accessCode, ip, "another-device-0123456789");
    expect(otherDevice.data?.letterStatus.letter?.trackingCode).toBe(receipt.trackingCode);
  });

  it("limits wrong codes per address, whatever device ids are sent", async () => {
    const receipt = await write();
    const ip = freshIp();
    for (let i = 0; i < LIMITS.wrongCodePerIp.points; i++) {
      await status("AAAA-AAAA-AAAA", receipt.accessCode, ip, `rotating-device-${String(i).padStart(8, "0")}`);
    }
    const right = await status(receipt.trackingCode, receipt.accessCode, ip, "fresh-device-0123456789");
    expect(errorCode(right)).toBe("RATE_LIMITED");
  });
});

describe("rating the reply", () => {
  const RATE = /* GraphQL */ `
    mutation Rate($trackingCode: String!, $accessCode: String!, $rating: LetterRating!, $comment: String) {
      rateLetterReply(trackingCode: $trackingCode, accessCode: $accessCode, rating: $rating, comment: $comment) {
        letter { progress canRate rating { rating comment } reply { text departmentName } timeline { action } }
        error { message }
      }
    }
  `;
  type RateData = {
    rateLetterReply: {
      letter: {
        progress: string;
        canRate: boolean;
        rating: { rating: string; comment: string | null } | null;
        reply: { text: string; departmentName: string } | null;
        timeline: Array<{ action: string }>;
      } | null;
      error: { message: string } | null;
    };
  };
  const rate = (receipt: Receipt, rating: string, comment?: string) =>
    t.request<RateData>(
      RATE,
      { trackingCode: receipt.trackingCode, accessCode: receipt.accessCode, rating, comment },
      { "x-forwarded-for": freshIp() },
    );

  it("is refused before the reply, accepted once after it, and closes the letter", async () => {
    const receipt = await write({ subject: "评价流程检查" });
    expect((await rate(receipt, "SATISFIED")).data?.rateLetterReply.error?.message).toBe(
      "来信尚未答复，答复后才能评价",
    );

    await markReplied(t.prisma, t.clock, receipt.trackingCode);
    const seen = await status(receipt.trackingCode, receipt.accessCode);
    expect(seen.data?.letterStatus.letter).toMatchObject({
      progress: "REPLIED",
      canRate: true,
      reply: { departmentName: "测试规划科", text: expect.stringContaining("施工单位已调整作业时间") },
    });

    const rated = await rate(receipt, "BASICALLY_SATISFIED", "处理及时，但希望加强夜间巡查。");
    expect(rated.data?.rateLetterReply.letter).toMatchObject({
      progress: "CLOSED",
      canRate: false,
      rating: { rating: "BASICALLY_SATISFIED", comment: "处理及时，但希望加强夜间巡查。" },
    });
    expect(rated.data?.rateLetterReply.letter?.timeline.map((e) => e.action)).toEqual([
      "SUBMITTED",
      "REPLIED",
      "RATED",
    ]);

    const again = await rate(receipt, "UNSATISFIED");
    expect(again.data?.rateLetterReply.error?.message).toBe("您已评价过本次答复，每封来信只能评价一次");
    const stored = await t.prisma.letter.findUniqueOrThrow({
      where: { trackingCode: receipt.trackingCode.replace(/-/g, "") },
    });
    expect(stored).toMatchObject({ status: "CLOSED", rating: "BASICALLY_SATISFIED" });
  });

  it("is refused with the wrong codes", async () => {
    const receipt = await write();
    await markReplied(t.prisma, t.clock, receipt.trackingCode);
    const other = await write();
    const result = await rate({ ...receipt, accessCode: other.accessCode }, "UNSATISFIED");
    expect(result.data?.rateLetterReply.error?.message).toBe("受理编号或查询码不正确，请核对后重新输入");
  });
});

describe("disclosure requests (依申请公开)", () => {
  const SUBMIT = /* GraphQL */ `
    mutation Apply($input: SubmitDisclosureRequestInput!, $key: String!) {
      submitDisclosureRequest(input: $input, idempotencyKey: $key) {
        receipt { trackingCode accessCode }
        error { message field }
      }
    }
  `;
  type ApplyData = {
    submitDisclosureRequest: { receipt: Receipt | null; error: { message: string; field: string | null } | null };
  };
  const request = (overrides: Record<string, unknown> = {}) => ({
    applicantType: "CITIZEN",
    name: "王建国",
    idType: "RESIDENT_ID",
    idNumber: "11010519491231002X",
    phone: "0771-5551234",
    email: "wang@example.com",
    address: "南宁市青秀区民族大道100号",
    postcode: "530022",
    informationTitle: "五象新区某地块控制性详细规划批复文件",
    description: "申请公开五象新区核心区某地块控规调整的批复文件及附图。",
    documentNumber: "南府复〔2025〕12号",
    format: "ELECTRONIC",
    delivery: "EMAIL",
    ...overrides,
  });
  const apply = async (overrides: Record<string, unknown>) =>
    t.request<ApplyData>(
      SUBMIT,
      { input: request({ altcha: await solvedChallenge(t), ...overrides }), key: newKey() },
      { "x-forwarded-for": freshIp() },
    );

  it("stores the legally required fields in requestDetails", async () => {
    const result = await apply({});
    const receipt = result.data?.submitDisclosureRequest.receipt;
    expect(receipt).toBeTruthy();
    const letter = await t.prisma.letter.findUniqueOrThrow({
      where: { trackingCode: receipt?.trackingCode.replace(/-/g, "") ?? "" },
    });
    expect(letter).toMatchObject({
      type: "DISCLOSURE_REQUEST",
      subject: "五象新区某地块控制性详细规划批复文件",
      writerName: "王建国",
      writerPhone: "0771-5551234",
      mayPublish: false,
      requestDetails: {
        applicantType: "CITIZEN",
        idType: "RESIDENT_ID",
        idNumber: "11010519491231002X",
        format: "ELECTRONIC",
        delivery: "EMAIL",
        documentNumber: "南府复〔2025〕12号",
        address: "南宁市青秀区民族大道100号",
        postcode: "530022",
      },
    });
    expect(letter.replyDays).toBe(20);
  });

  it("checks identity and delivery fields with clear messages", async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ idNumber: "110105194912310021" }, "idNumber", "校验位"],
      [{ idType: null }, "idType", "请选择身份证件类型"],
      [{ applicantType: "ORGANISATION", organisationCode: null }, "organisationCode", "统一社会信用代码"],
      [{ delivery: "EMAIL", email: "" }, "email", "请填写电子邮箱"],
      [{ delivery: "POST", address: "" }, "address", "请填写通信地址"],
      [{ delivery: "EMAIL", format: "PAPER" }, "delivery", "纸质信息不能通过电子邮件获取"],
    ];
    for (const [override, field, message] of cases) {
      const result = await apply(override);
      expect(result.data?.submitDisclosureRequest.error, JSON.stringify(override)).toMatchObject({ field });
      expect(result.data?.submitDisclosureRequest.error?.message).toContain(message);
    }
    const organisation = await apply({
      applicantType: "ORGANISATION",
      name: "南宁某房地产开发有限公司",
      idType: null,
      idNumber: null,
      organisationCode: "91450100MA5KXXXX1X".replace(/X/g, "8"),
      contactName: "赵敏",
    });
    expect(organisation.data?.submitDisclosureRequest.receipt).toBeTruthy();
  });
});
