// A citizen writes to the bureau: a letter to the director's mailbox (局长信箱), a disclosure request
// (依申请公开) or a comment on planning publicity (规划公示意见). No account; the writer keeps a
// tracking code and an access code. A submission queued offline may arrive more than once: the
// idempotency key makes every repeat answer with the first receipt.
import { GraphQLError } from "graphql";
import { isUniqueViolation, rateLimited } from "../../../errors.js";
import type { ContentItem, Letter } from "../../../generated/prisma/client.js";
import { isReachable } from "../../content/content.service.js";
import { closedMessage, isWindowOpen } from "../../content/publicity.service.js";
import { ChallengeReplayed, type CheckedChallenge, checkChallenge, consumeChallenge } from "../abuse/altcha.js";
import { blockedFor, countAgainst, keysFor } from "../abuse/rate-limit.js";
import { serverSecret } from "../abuse/server-secret.js";
import { derivedAccessCode, formatCode, idempotencyKeyHash } from "../codes.js";
import { createLetter, type KeyedCodes, type NewLetter } from "../intake.js";
import type { LettersDeps } from "../letters.deps.js";
import { CHALLENGE_MESSAGES, CITIZEN_MESSAGES, COMMENT_MESSAGES } from "./citizen.messages.js";
import {
  type DisclosureRequestInput,
  disclosureRequestInput,
  firstIssue,
  idempotencyKey as idempotencyKeySchema,
  type LetterInput,
  letterInput,
  type PublicityCommentInput,
  publicityCommentInput,
  requestDetailsOf,
} from "./submit.validation.js";

export const SUBMIT_ACTION = "letters.submit";

/** What the writer keeps. The access code is shown once (and again only to a repeat of the same submission). */
export interface LetterReceipt {
  trackingCode: string;
  accessCode: string;
  receivedAt: Date;
  replyDueAt: Date | null;
}

export type SubmitResult = { ok: true; receipt: LetterReceipt } | { ok: false; message: string; field?: string };

export interface SubmitDeps extends LettersDeps {
  ip: string | null;
}

const citizen = { id: null, name: null, roles: null };
const refuse = (message: string, field?: string): SubmitResult =>
  field ? { ok: false, message, field } : { ok: false, message };

/** 咨询/意见/建议/投诉 through the director's mailbox. */
export function submitLetter(deps: SubmitDeps, raw: unknown, key: unknown): Promise<SubmitResult> {
  const parsed = letterInput.safeParse(raw);
  if (!parsed.success) return Promise.resolve(refused(parsed.error));
  const input: LetterInput = parsed.data;
  return submit(deps, key, input, {
    channel: "DIRECTOR_MAILBOX",
    type: input.type,
    subject: input.subject,
    body: input.body,
    writerName: input.name,
    writerPhone: input.phone,
    writerEmail: input.email,
    mayPublish: input.mayPublish,
    attachmentIds: input.attachmentIds,
  });
}

/** 依申请公开: the information wanted is the subject and body; who asks and how to deliver go to requestDetails. */
export function submitDisclosureRequest(deps: SubmitDeps, raw: unknown, key: unknown): Promise<SubmitResult> {
  const parsed = disclosureRequestInput.safeParse(raw);
  if (!parsed.success) return Promise.resolve(refused(parsed.error));
  const input: DisclosureRequestInput = parsed.data;
  const body = input.documentNumber ? `${input.description}\n\n文号：${input.documentNumber}` : input.description;
  return submit(deps, key, input, {
    channel: "DIRECTOR_MAILBOX",
    type: "DISCLOSURE_REQUEST",
    subject: input.informationTitle,
    body,
    writerName: input.name,
    writerPhone: input.phone,
    writerEmail: input.email,
    requestDetails: requestDetailsOf(input),
    mayPublish: false,
    attachmentIds: input.attachmentIds,
  });
}

/** The subject of a comment letter: the publicity it is about. */
export const commentSubject = (title: string) => `对《${title}》的意见`;

type CommentTarget = Pick<
  ContentItem,
  "id" | "kind" | "title" | "status" | "publishedAt" | "removed" | "commentOpensAt" | "commentClosesAt"
>;

/**
 * 规划公示意见: an opinion on a PUBLICITY item (a letter of channel PUBLICITY_COMMENT, type OPINION),
 * taken only while the item's comment window is open; otherwise as submitLetter. `itemId` is the
 * item's database id (null when the global id named something else).
 */
export async function submitPublicityComment(
  deps: SubmitDeps,
  itemId: string | null,
  raw: unknown,
  key: unknown,
): Promise<SubmitResult> {
  const parsed = publicityCommentInput.safeParse(raw);
  if (!parsed.success) return refused(parsed.error);
  const input: PublicityCommentInput = parsed.data;
  const item: CommentTarget | null = itemId
    ? await deps.prisma.contentItem.findUnique({
        where: { id: itemId },
        select: {
          id: true,
          kind: true,
          title: true,
          status: true,
          publishedAt: true,
          removed: true,
          commentOpensAt: true,
          commentClosesAt: true,
        },
      })
    : null;
  if (!item || !isReachable(item)) return refuse(COMMENT_MESSAGES.noSuchPublicity, "itemId");
  if (item.kind !== "PUBLICITY") return refuse(COMMENT_MESSAGES.notPublicity, "itemId");
  const admit = () => {
    const now = deps.clock.now();
    return isWindowOpen(item, now) ? null : closedMessage(item, now);
  };
  return submit(
    deps,
    key,
    input,
    {
      channel: "PUBLICITY_COMMENT",
      type: "OPINION",
      subject: commentSubject(item.title),
      body: input.body,
      writerName: input.name,
      writerPhone: input.phone,
      mayPublish: false,
      contentItemId: item.id,
    },
    admit,
  );
}

function refused(error: Parameters<typeof firstIssue>[0]): SubmitResult {
  const { message, field } = firstIssue(error);
  return refuse(message, field);
}

interface Guards {
  altcha?: string | null | undefined;
  website?: string | null | undefined;
  deviceId: string | null;
}

/**
 * `admit`: a last condition of the letter's own (a comment's open window), checked after a repeat
 * was answered, so a repeat still gets its receipt when the condition no longer holds; a message
 * refuses the submission.
 */
async function submit(
  deps: SubmitDeps,
  rawKey: unknown,
  guards: Guards,
  letter: NewLetter,
  admit: () => string | null = () => null,
): Promise<SubmitResult> {
  const parsedKey = idempotencyKeySchema.safeParse(rawKey);
  if (!parsedKey.success) return refuse(CITIZEN_MESSAGES.idempotencyKey, "idempotencyKey");
  // A UUID in either case is the same key.
  const key = parsedKey.data.toLowerCase();
  const keyHash = idempotencyKeyHash(key);

  // A repeat of a stored submission answers with its receipt, even past the rate limit or with a
  // used challenge: the letter arrived the first time.
  const repeat = await repeatOf(deps, keyHash, key, letter);
  if (repeat) return repeat;
  const notAdmitted = admit();
  if (notAdmitted) return refuse(notAdmitted);

  const limits = keysFor(deps.ip, guards.deviceId, "submitPerIp", "submitPerDevice");
  const wait = await blockedFor(deps.prisma, limits);
  if (wait !== null) {
    await deny(deps, "rate-limited");
    throw rateLimited(wait);
  }
  if (guards.website?.trim()) {
    await deny(deps, "honeypot");
    return refuse(CITIZEN_MESSAGES.neutralRefusal);
  }
  const challenge = await checkChallenge(deps, guards.altcha);
  if (!challenge.ok) {
    await deny(deps, `altcha-${challenge.reason}`);
    return refuse(CHALLENGE_MESSAGES[challenge.reason], challenge.reason === "too-fast" ? undefined : "altcha");
  }

  const keyed: KeyedCodes = {
    keyHash,
    accessCode: derivedAccessCode(await serverSecret(deps.prisma, "letters.access-code"), key),
  };
  let stored: Letter;
  try {
    stored = await store(deps, challenge, { ...letter, keyed });
  } catch (error) {
    // An upload that expired meanwhile: the writer can fix that (and the challenge stays unused).
    if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
      const field = error.extensions.field;
      return refuse(error.message, typeof field === "string" ? field : undefined);
    }
    if (error instanceof ChallengeReplayed || isUniqueViolation(error)) {
      // The same submission sent twice at once: the other one stored it first.
      const concurrent = await repeatOf(deps, keyHash, key, letter);
      if (concurrent) return concurrent;
      if (error instanceof ChallengeReplayed) {
        await deny(deps, "altcha-replayed");
        return refuse(CHALLENGE_MESSAGES.replayed, "altcha");
      }
    }
    throw error;
  }

  await countAgainst(deps.prisma, limits);
  // No personal data in the log: the letter's id and code lead staff to it.
  await deps.audit.recordAs(citizen, {
    action: SUBMIT_ACTION,
    targetType: "Letter",
    targetId: stored.id,
    detail: {
      trackingCode: stored.trackingCode,
      type: stored.type,
      attachments: letter.attachmentIds?.length ?? 0,
      ...(stored.contentItemId ? { contentItemId: stored.contentItemId } : {}),
    },
  });
  return { ok: true, receipt: receiptOf(stored, keyed.accessCode) };
}

function store(
  deps: SubmitDeps,
  challenge: Extract<CheckedChallenge, { ok: true }>,
  letter: NewLetter,
): Promise<Letter> {
  return deps.prisma.$transaction(async (tx) => {
    await consumeChallenge(tx, challenge);
    const { letter: created } = await createLetter(tx, deps, letter);
    return created;
  });
}

/**
 * The receipt of an earlier submission with this key. The key is the client's secret, but a
 * repeat must also be the same letter: a key reused for different content is refused rather than
 * answered with someone else's codes.
 */
async function repeatOf(
  deps: SubmitDeps,
  keyHash: string,
  key: string,
  letter: NewLetter,
): Promise<SubmitResult | null> {
  const original = await deps.prisma.letter.findUnique({ where: { idempotencyKey: keyHash } });
  if (!original) return null;
  // A comment's subject comes from the publicity's title, which may have changed since: the item decides.
  const same =
    original.channel === letter.channel &&
    original.type === letter.type &&
    (letter.channel === "PUBLICITY_COMMENT"
      ? original.contentItemId === (letter.contentItemId ?? null)
      : original.subject === letter.subject) &&
    original.body === letter.body &&
    original.writerName === (letter.writerName ?? null) &&
    original.writerPhone === (letter.writerPhone ?? null);
  if (!same) return refuse(CITIZEN_MESSAGES.keyReused, "idempotencyKey");
  const secret = await serverSecret(deps.prisma, "letters.access-code");
  return { ok: true, receipt: receiptOf(original, derivedAccessCode(secret, key)) };
}

const receiptOf = (letter: Letter, accessCode: string): LetterReceipt => ({
  trackingCode: formatCode(letter.trackingCode),
  accessCode: formatCode(accessCode),
  receivedAt: letter.receivedAt,
  replyDueAt: letter.replyDueAt,
});

function deny(deps: SubmitDeps, reason: string): Promise<void> {
  return deps.audit.recordAs(citizen, { action: SUBMIT_ACTION, outcome: "DENIED", detail: { reason } });
}
