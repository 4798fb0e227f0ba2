// Helpers for the letters tests: a solved ALTCHA challenge signed by the server under test, a
// letter written through the API, and a letter brought to "replied" with prisma directly (the
// staff handling steps have tests of their own).
import { randomUUID } from "node:crypto";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { ManualClock } from "../../../clock.js";
import type { PrismaClient } from "../../../db/index.js";
import { issueChallenge, MIN_FILL_MS } from "../abuse/altcha.js";

interface TestServices {
  prisma: PrismaClient;
  clock: ManualClock;
}

/**
 * A widget payload (base64 JSON { challenge, solution }) for a challenge this server issued. The
 * counter is small so the solve takes milliseconds; verification is the same as for real ones.
 * The clock moves past the minimum fill time unless told otherwise.
 */
export async function solvedChallenge(t: TestServices, options: { fillMs?: number } = {}): Promise<string> {
  const { challenge } = await issueChallenge(t, { counter: 3 });
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 10_000 });
  if (!solution) throw new Error("test challenge not solved");
  t.clock.advance(options.fillMs ?? MIN_FILL_MS + 1000);
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

export const SUBMIT_LETTER = /* GraphQL */ `
  mutation SubmitLetter($input: SubmitLetterInput!, $key: String!) {
    submitLetter(input: $input, idempotencyKey: $key) {
      receipt { trackingCode accessCode receivedAt replyDueAt }
      error { message field }
    }
  }
`;

export const LETTER_STATUS = /* GraphQL */ `
  query LetterStatus($trackingCode: String!, $accessCode: String!, $deviceId: String) {
    letterStatus(trackingCode: $trackingCode, accessCode: $accessCode, deviceId: $deviceId) {
      letter {
        trackingCode type progress subject receivedAt replyDueAt canRate
        timeline { action label at note }
        reply { text repliedAt departmentName }
        rating { rating comment ratedAt }
      }
      error { message field }
    }
  }
`;

export interface Receipt {
  trackingCode: string;
  accessCode: string;
  receivedAt: string;
  replyDueAt: string | null;
}

export type SubmitData = {
  submitLetter: { receipt: Receipt | null; error: { message: string; field: string | null } | null };
};

export const letterFields = (overrides: Record<string, unknown> = {}) => ({
  type: "COMPLAINT",
  subject: "邕江边公园夜间施工噪音",
  body: "我住在邕江边，最近公园改造工程每晚十一点后仍在施工，噪音很大，影响休息，请核实处理。",
  name: "李明华",
  phone: "13812345678",
  email: "liminghua@example.com",
  mayPublish: true,
  ...overrides,
});

/** Sets a letter to replied (REPLIED, reply text, department, public event), as sending a reply does. */
export async function markReplied(
  prisma: PrismaClient,
  clock: ManualClock,
  trackingCode: string,
  reply = "经核实，施工单位已调整作业时间，夜间二十二点后停止高噪音作业。感谢您的监督。",
): Promise<{ letterId: string; departmentId: string }> {
  const department = await prisma.department.upsert({
    where: { code: "test-planning" },
    create: { code: "test-planning", name: "测试规划科" },
    update: {},
  });
  const code = trackingCode.replace(/-/g, "");
  const letter = await prisma.letter.update({
    where: { trackingCode: code },
    data: { status: "REPLIED", departmentId: department.id, replyText: reply, repliedAt: clock.now() },
  });
  await prisma.letterEvent.create({
    data: {
      letterId: letter.id,
      at: clock.now(),
      action: "REPLIED",
      fromStatus: "REPLY_IN_REVIEW",
      toStatus: "REPLIED",
      public: true,
    },
  });
  return { letterId: letter.id, departmentId: department.id };
}

export const newKey = () => randomUUID();

export const SUBMIT_COMMENT = /* GraphQL */ `
  mutation SubmitComment($input: SubmitPublicityCommentInput!, $key: String!) {
    submitPublicityComment(input: $input, idempotencyKey: $key) {
      receipt { trackingCode accessCode receivedAt replyDueAt }
      error { message field }
    }
  }
`;

export type CommentData = {
  submitPublicityComment: { receipt: Receipt | null; error: { message: string; field: string | null } | null };
};

export const commentFields = (itemGlobalId: string, overrides: Record<string, unknown> = {}) => ({
  itemId: itemGlobalId,
  name: "李女士",
  phone: "13812345678",
  body: "建议在学校东侧增设一处公交港湾，方便接送。",
  ...overrides,
});

/**
 * A published PRE_APPROVAL publicity whose 10-day comment window opened a minute ago (by the
 * clock), in a column of its own. `overrides` change any field (window, status, kind).
 */
export async function openPublicity(
  prisma: PrismaClient,
  clock: ManualClock,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; globalId: string; title: string; slug: string }> {
  const suffix = randomUUID().slice(0, 8);
  const column = await prisma.column.upsert({
    where: { slug: "test-publicity" },
    create: { slug: "test-publicity", name: "规划公示" },
    update: {},
  });
  const now = clock.now().getTime();
  const item = await prisma.contentItem.create({
    data: {
      kind: "PUBLICITY",
      status: "PUBLISHED",
      title: `凤岭北片区学校设计方案批前公示 ${suffix}`,
      slug: `publicity-${suffix}`,
      columnId: column.id,
      publicityType: "PRE_APPROVAL",
      publishedAt: new Date(now - 60_000),
      commentOpensAt: new Date(now - 60_000),
      commentClosesAt: new Date(now + 10 * 24 * 3_600_000),
      ...overrides,
    },
  });
  return {
    id: item.id,
    globalId: Buffer.from(`ContentItem:${item.id}`).toString("base64"),
    title: item.title,
    slug: item.slug ?? "",
  };
}
