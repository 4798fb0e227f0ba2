// The reply and what follows it, as reply.service.ts, the writer's rating (tracking.service.ts),
// publication (publish.service.ts) and moderation (moderation.service.ts) take these steps: the same
// rules, fields, events and audit entries. A demo letter is published with the texts the redaction
// step proposes (every finding masked), as a maintainer accepting the proposal would.
import type { Letter } from "../../generated/prisma/client.js";
import { plainText } from "../../modules/content/publicity.validation.js";
import {
  canApproveReply,
  canClose,
  canDraftReply,
  canReturnReply,
  canSendReply,
  canSubmitReply,
  statusAfter,
} from "../../modules/letters/letters.rules.js";
import { hideReason, isModeratable, MODERATORS, moderationAction } from "../../modules/letters/moderation.service.js";
import { publishBlocker, publishInput } from "../../modules/letters/publish.service.js";
import { proposeRedaction, unresolvedFindings } from "../../modules/letters/redaction.js";
import type { SeedLetter, SeedStaff, StepHandlers } from "./seed-letter.js";

/** saveDraft: the handler's draft, an event, no status change. */
function saveDraft(letter: SeedLetter, actor: SeedStaff, text: string) {
  letter.allow(canDraftReply(letter.rule(), actor, text));
  letter.set({ replyDraft: text.trim(), replyDraftedById: actor.id, replyDraftedAt: letter.now });
  letter.event(actor, { action: "REPLY_DRAFTED", fromStatus: letter.status, toStatus: letter.status });
}

export const REPLY_STEPS: StepHandlers<
  "draft" | "submit" | "return" | "approve" | "send" | "close" | "rate" | "publish" | "hide"
> = {
  draft(letter, step, actor) {
    saveDraft(letter, actor, step.text);
    letter.audit(actor, "letters.reply.draft");
  },

  submit(letter, step, actor) {
    if (step.text !== null) letter.allow(canDraftReply(letter.rule(), actor, step.text));
    letter.allow(canSubmitReply({ ...letter.rule(), replyDraft: step.text ?? letter.letter.replyDraft }, actor));
    if (step.text !== null) saveDraft(letter, actor, step.text);
    const fromStatus = letter.status;
    const toStatus = statusAfter("SUBMIT_REPLY", fromStatus);
    letter.set({ status: toStatus, replyApprovedById: null });
    letter.event(actor, { action: "REPLY_SUBMITTED", fromStatus, toStatus });
    letter.audit(actor, "letters.reply.submit");
  },

  return(letter, step, actor) {
    letter.allow(canReturnReply(letter.rule(), actor, step.opinion));
    const fromStatus = letter.status;
    const toStatus = statusAfter("RETURN_REPLY", fromStatus);
    letter.set({ status: toStatus, replyApprovedById: null });
    letter.event(actor, { action: "REPLY_RETURNED", fromStatus, toStatus, note: step.opinion.trim() });
    letter.audit(actor, "letters.reply.return");
  },

  approve(letter, step, actor) {
    letter.allow(canApproveReply(letter.rule(), actor));
    letter.set({ replyApprovedById: actor.id });
    letter.event(actor, {
      action: "REPLY_APPROVED",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: step.opinion?.trim() || null,
    });
    letter.audit(actor, "letters.reply.approve");
  },

  send(letter, _step, actor) {
    letter.allow(canSendReply(letter.rule(), actor));
    const fromStatus = letter.status;
    const toStatus = statusAfter("SEND_REPLY", fromStatus);
    letter.set({ status: toStatus, replyText: letter.letter.replyDraft, repliedAt: letter.now });
    letter.event(actor, { action: "REPLIED", fromStatus, toStatus, public: true });
    letter.audit(actor, "letters.reply.send");
  },

  close(letter, step, actor) {
    letter.allow(canClose(letter.rule(), actor));
    const fromStatus = letter.status;
    const toStatus = statusAfter("CLOSE", fromStatus);
    letter.set({ status: toStatus, closedAt: letter.now });
    letter.event(actor, { action: "CLOSED", fromStatus, toStatus, note: step.note?.trim() || null });
    letter.audit(actor, "letters.close");
  },

  /** The writer rates the reply on the tracking page: once, after the reply; it closes the letter. */
  rate(letter, step) {
    const l = letter.letter;
    const replied = l.status === "REPLIED" || (l.status === "CLOSED" && l.repliedAt !== null);
    if (l.rating || !replied) throw letter.error("答复发出后才能评价，且只能评价一次");
    const comment = step.comment ? plainText(step.comment, { multiline: true }) : "";
    const fromStatus = l.status;
    letter.set({
      rating: step.rating,
      ratingComment: comment || null,
      ratedAt: letter.now,
      status: "CLOSED",
      closedAt: l.closedAt ?? letter.now,
    });
    letter.event(null, {
      action: "RATED",
      fromStatus,
      toStatus: "CLOSED",
      public: true,
      data: { rating: step.rating },
    });
    letter.audit(null, "letters.rate", { rating: step.rating });
  },

  publish(letter, _step, actor) {
    const blocker = publishBlocker(letter.letter, actor);
    if (blocker) throw letter.error(blocker);
    const input = publishInput.parse(publicationTexts(letter.letter));
    const left = unresolvedFindings([input.subject, input.body, input.reply], knownOf(letter.letter), []);
    if (left.length) throw letter.error(`公开内容仍有个人信息：${left.map((f) => f.text).join("、")}`);
    const edited = letter.letter.publishedAt !== null;
    letter.set({
      publicSubject: input.subject,
      publicBody: input.body,
      publicReply: input.reply,
      publishedAt: letter.letter.publishedAt ?? letter.now,
    });
    letter.event(actor, {
      action: edited ? "PUBLICATION_EDITED" : "PUBLISHED",
      fromStatus: letter.status,
      toStatus: letter.status,
      data: { confirmedFindings: 0 },
    });
    letter.audit(actor, "letters.publish", { confirmedFindings: [] });
  },

  hide(letter, step, actor) {
    if (!actor.roles.some((r) => MODERATORS.includes(r))) throw letter.error("隐藏需要网站维护或管理员");
    const reason = hideReason.parse(step.reason);
    if (!isModeratable(letter.letter) || letter.letter.hiddenAt) {
      throw letter.error("只能隐藏已公开的来信或规划公示意见，且未隐藏");
    }
    letter.set({ hiddenAt: letter.now, hiddenReason: reason });
    letter.event(actor, { action: "HIDDEN", fromStatus: letter.status, toStatus: letter.status, note: reason });
    letter.audit(actor, moderationAction(letter.letter, "hide"), { reason });
  },
};

const knownOf = (letter: Letter) => ({
  name: letter.writerName,
  phone: letter.writerPhone,
  email: letter.writerEmail,
  requestDetails: letter.requestDetails,
});

/** The redaction step's proposal (letterRedaction): the texts the maintainer publishes. */
export function publicationTexts(letter: Letter) {
  const proposal = proposeRedaction(
    { subject: letter.subject, body: letter.body, reply: letter.replyText ?? "" },
    knownOf(letter),
  );
  return { subject: proposal.subject.proposed, body: proposal.body.proposed, reply: proposal.reply.proposed };
}
