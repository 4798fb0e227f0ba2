// Creating a letter, whoever brings it in: a citizen through the portal, staff registering one
// from another channel by hand, an import, a publicity comment. Every path gets the same codes,
// the same first event and the same deadlines.
import { badInput } from "../../errors.js";
import type { Letter, LetterChannel, LetterType, Prisma } from "../../generated/prisma/client.js";
import { accessCodeHash, formatCode, newAccessCode, newTrackingCode } from "./codes.js";
import { refreshDeadlines } from "./deadlines.js";
import type { LettersDeps, Tx } from "./letters.deps.js";

export const CHANNEL_LABELS: Record<LetterChannel, string> = {
  DIRECTOR_MAILBOX: "局长信箱",
  CITIZEN_PLATFORM: "政民互动平台",
  ONLINE_PETITION: "网上信访",
  LEADER_MESSAGE_BOARD: "领导留言板",
  PUBLICITY_COMMENT: "规划公示意见",
};

/** Codes of a citizen submission, made before the transaction (see keyedCodes in submit.service). */
export interface KeyedCodes {
  /** SHA-256 of the client's idempotency key (Letter.idempotencyKey). */
  keyHash: string;
  /** Derived from the key, so a repeat of the submission gets the same code back. */
  accessCode: string;
}

export interface NewLetter {
  channel: LetterChannel;
  type: LetterType;
  subject: string;
  body: string;
  writerName?: string | null;
  writerPhone?: string | null;
  writerEmail?: string | null;
  /** Disclosure requests: the form's extra fields. */
  requestDetails?: Prisma.InputJsonValue | null;
  mayPublish?: boolean;
  complex?: boolean;
  /** The letter's id in the channel it came from (platform, petition system, message board). */
  externalId?: string | null;
  /** Publicity comments: the PUBLICITY item. */
  contentItemId?: string | null;
  /** When the bureau received it: an import's own receipt time; the Clock's now otherwise. */
  receivedAt?: Date;
  /** Staff who brought it in; null when the writer submitted it through the portal. */
  actor?: { id: string } | null;
  /** Citizen submissions with an idempotency key. Without, a fresh random access code is made. */
  keyed?: KeyedCodes;
  /** Uploads (LetterAttachment rows not yet claimed) that belong to this letter. */
  attachmentIds?: readonly string[];
}

export const duplicateExternalIdMessage = (channel: LetterChannel, externalId: string, trackingCode: string) =>
  `${CHANNEL_LABELS[channel]}编号 ${externalId} 已登记为来信 ${formatCode(trackingCode)}，不能重复登记`;

export const ATTACHMENTS_GONE = "部分附件已失效，请重新上传后再提交";

/**
 * Stores a new letter (status RECEIVED) with fresh codes and its first public event, claims its
 * uploads and computes its deadlines. The access code is returned once and never stored.
 * Throws BAD_USER_INPUT when the external id is already registered or an upload is gone.
 */
export async function createLetter(
  tx: Tx,
  deps: LettersDeps,
  input: NewLetter,
): Promise<{ letter: Letter; accessCode: string }> {
  if (input.externalId) {
    const existing = await tx.letter.findUnique({
      where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
      select: { trackingCode: true },
    });
    if (existing) {
      throw badInput(duplicateExternalIdMessage(input.channel, input.externalId, existing.trackingCode), "externalId");
    }
  }

  const now = deps.clock.now();
  const accessCode = input.keyed?.accessCode ?? newAccessCode();
  const letter = await tx.letter.create({
    data: {
      trackingCode: await unusedTrackingCode(tx),
      accessCodeHash: accessCodeHash(accessCode),
      channel: input.channel,
      type: input.type,
      subject: input.subject,
      body: input.body,
      writerName: input.writerName ?? null,
      writerPhone: input.writerPhone ?? null,
      writerEmail: input.writerEmail ?? null,
      requestDetails: input.requestDetails ?? undefined,
      mayPublish: input.mayPublish ?? false,
      complex: input.complex ?? false,
      externalId: input.externalId ?? null,
      idempotencyKey: input.keyed?.keyHash ?? null,
      contentItemId: input.contentItemId ?? null,
      // replyDays follows the deadline rule of the channel and type: refreshDeadlines sets it.
      receivedAt: input.receivedAt ?? now,
    },
  });

  if (input.attachmentIds?.length) {
    const claimed = await tx.letterAttachment.updateMany({
      where: { id: { in: [...input.attachmentIds] }, letterId: null },
      data: { letterId: letter.id },
    });
    if (claimed.count !== input.attachmentIds.length) throw badInput(ATTACHMENTS_GONE, "attachmentIds");
  }

  const byWriter = !input.actor;
  await tx.letterEvent.create({
    data: {
      letterId: letter.id,
      at: now,
      actorId: input.actor?.id ?? null,
      action: byWriter ? "SUBMITTED" : "RECEIVED",
      fromStatus: null,
      toStatus: "RECEIVED",
      note: byWriter ? "来信已提交" : `已通过${CHANNEL_LABELS[input.channel]}收到来信`,
      public: true,
      data: {
        channel: input.channel,
        ...(input.externalId ? { externalId: input.externalId } : {}),
        ...(input.attachmentIds?.length ? { attachments: input.attachmentIds.length } : {}),
      },
    },
  });

  await refreshDeadlines(tx, deps, letter.id);
  return { letter: await tx.letter.findUniqueOrThrow({ where: { id: letter.id } }), accessCode };
}

/**
 * 60 random bits: a clash is practically impossible, but the unique index would abort the whole
 * transaction, so look first.
 */
async function unusedTrackingCode(tx: Tx): Promise<string> {
  for (;;) {
    const code = newTrackingCode();
    if (!(await tx.letter.findUnique({ where: { trackingCode: code }, select: { id: true } }))) return code;
  }
}
