// The reply: the handler drafts and submits it, the head of the letter's department approves or
// returns it (never their own draft), the handler sends it (答复), and a replied letter is closed
// (办结). Same shape as handling.service.ts: rules in letters.rules.ts, one transaction per step.
import type { Letter } from "../../generated/prisma/client.js";
import { checked, type LetterResult, type LetterStaff, recordLetterEvent, ruleLetter, runStep } from "./letter-step.js";
import type { LettersDeps, Tx } from "./letters.deps.js";
import {
  canApproveReply,
  canClose,
  canDraftReply,
  canReturnReply,
  canSendReply,
  canSubmitReply,
  statusAfter,
} from "./letters.rules.js";

/** Saves the handler's draft reply (any number of times before submission). */
export async function draftLetterReply(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  text: string,
): Promise<LetterResult> {
  return runStep(deps, letterId, "reply.draft", (tx, letter) => saveDraft(tx, deps, actor, letter, text));
}

async function saveDraft(tx: Tx, deps: LettersDeps, actor: LetterStaff, letter: Letter, text: string) {
  const refusal = checked(canDraftReply(ruleLetter(letter), actor, text));
  if (refusal) return refusal;
  const updated = await tx.letter.update({
    where: { id: letter.id },
    data: { replyDraft: text.trim(), replyDraftedById: actor.id, replyDraftedAt: deps.clock.now() },
  });
  await recordLetterEvent(tx, deps, actor, letter.id, {
    action: "REPLY_DRAFTED",
    fromStatus: letter.status,
    toStatus: letter.status,
  });
  return { ok: true, letter: updated } as const;
}

/** Sends the draft to the department head; with `text`, saves it first in the same step. */
export async function submitLetterReply(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  text: string | null,
): Promise<LetterResult> {
  return runStep(deps, letterId, "reply.submit", async (tx, letter) => {
    // Both checks before anything is written: a refused submission leaves the letter untouched.
    if (text !== null) {
      const drafting = checked(canDraftReply(ruleLetter(letter), actor, text));
      if (drafting) return drafting;
    }
    const submitting = checked(canSubmitReply({ ...ruleLetter(letter), replyDraft: text ?? letter.replyDraft }, actor));
    if (submitting) return submitting;
    let current = letter;
    if (text !== null) {
      const saved = await saveDraft(tx, deps, actor, letter, text);
      if (!saved.ok) return saved;
      current = saved.letter;
    }
    const toStatus = statusAfter("SUBMIT_REPLY", current.status);
    const updated = await tx.letter.update({
      where: { id: letter.id },
      data: { status: toStatus, replyApprovedById: null },
    });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "REPLY_SUBMITTED",
      fromStatus: current.status,
      toStatus,
    });
    return { ok: true, letter: updated };
  });
}

export async function approveLetterReply(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  opinion: string | null,
): Promise<LetterResult> {
  return runStep(deps, letterId, "reply.approve", async (tx, letter) => {
    const refusal = checked(canApproveReply(ruleLetter(letter), actor));
    if (refusal) return refusal;
    const updated = await tx.letter.update({ where: { id: letter.id }, data: { replyApprovedById: actor.id } });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "REPLY_APPROVED",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: opinion?.trim() || null,
    });
    return { ok: true, letter: updated };
  });
}

/** Back to the handler with the head's opinion: what to change. */
export async function returnLetterReply(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  opinion: string,
): Promise<LetterResult> {
  return runStep(deps, letterId, "reply.return", async (tx, letter) => {
    const refusal = checked(canReturnReply(ruleLetter(letter), actor, opinion));
    if (refusal) return refusal;
    const toStatus = statusAfter("RETURN_REPLY", letter.status);
    const updated = await tx.letter.update({
      where: { id: letter.id },
      data: { status: toStatus, replyApprovedById: null },
    });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "REPLY_RETURNED",
      fromStatus: letter.status,
      toStatus,
      note: opinion.trim(),
    });
    return { ok: true, letter: updated };
  });
}

/** 答复: the approved draft becomes the reply the writer reads. */
export async function sendLetterReply(deps: LettersDeps, actor: LetterStaff, letterId: string): Promise<LetterResult> {
  return runStep(deps, letterId, "reply.send", async (tx, letter) => {
    const refusal = checked(canSendReply(ruleLetter(letter), actor));
    if (refusal) return refusal;
    const toStatus = statusAfter("SEND_REPLY", letter.status);
    const updated = await tx.letter.update({
      where: { id: letter.id },
      data: { status: toStatus, replyText: letter.replyDraft, repliedAt: deps.clock.now() },
    });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "REPLIED",
      fromStatus: letter.status,
      toStatus,
      public: true,
    });
    return { ok: true, letter: updated };
  });
}

/** 办结 of a replied letter (the writer's rating closes it too, on the citizen side). */
export async function closeLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  note: string | null,
): Promise<LetterResult> {
  return runStep(deps, letterId, "close", async (tx, letter) => {
    const refusal = checked(canClose(ruleLetter(letter), actor));
    if (refusal) return refusal;
    const toStatus = statusAfter("CLOSE", letter.status);
    const updated = await tx.letter.update({
      where: { id: letter.id },
      data: { status: toStatus, closedAt: deps.clock.now() },
    });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "CLOSED",
      fromStatus: letter.status,
      toStatus,
      note: note?.trim() || null,
    });
    return { ok: true, letter: updated };
  });
}
