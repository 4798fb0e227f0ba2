// Publishing a letter with its reply (来信选登): only with the writer's consent, only after the
// reply was sent, and only texts in which every personal-data finding was masked or confirmed by
// the maintainer as not personal. Website maintainers (网站维护) and admins publish.
import { z } from "zod";
import type { Letter, Role } from "../../generated/prisma/client.js";
import { ROLE_LABELS } from "../accounts/roles.js";
import { plainText } from "../content/publicity.validation.js";
import { recordLetterEvent, withLetter } from "./letter-step.js";
import type { LettersDeps } from "./letters.deps.js";
import {
  FINDING_LABELS,
  type Finding,
  type KnownPersonalData,
  proposeRedaction,
  type RedactionProposal,
  unresolvedFindings,
} from "./redaction.js";

export const PUBLISHERS: readonly Role[] = ["MAINTAINER", "ADMIN"];

export interface Publisher {
  id: string;
  roles: readonly Role[];
}

export type PublishResult =
  | { ok: true; letter: Letter }
  | { ok: false; message: string; field?: string; findings?: Finding[] };

const refuse = (message: string, field?: string): PublishResult =>
  field ? { ok: false, message, field } : { ok: false, message };

const text = (label: string, max: number) =>
  z
    .string()
    .max(max * 10, `${label}不能超过 ${max} 个字`)
    .transform((s) => plainText(s, { multiline: true }))
    .pipe(z.string().min(1, `请填写公开的${label}`).max(max, `${label}不能超过 ${max} 个字`));

export const publishInput = z.object({
  subject: text("标题", 100),
  body: text("来信内容", 6000),
  reply: text("答复内容", 10000),
  /** Finding texts the maintainer checked and found not personal (e.g. the bureau's hotline). */
  confirmedFindings: z
    .array(z.string().max(200))
    .max(100)
    .nullish()
    .transform((c) => c ?? []),
});

export type PublishInput = z.input<typeof publishInput>;

const knownOf = (letter: Letter): KnownPersonalData => ({
  name: letter.writerName,
  phone: letter.writerPhone,
  email: letter.writerEmail,
  requestDetails: letter.requestDetails,
});

/** Why this letter cannot be published (whatever the texts), or null. */
export function publishBlocker(letter: Letter, actor: Publisher): string | null {
  if (!actor.roles.some((r) => PUBLISHERS.includes(r))) {
    return `公开来信需要${ROLE_LABELS.MAINTAINER}或${ROLE_LABELS.ADMIN}`;
  }
  if (!letter.mayPublish) return "来信人未同意公开，不能发布";
  if (!letter.replyText || !letter.repliedAt || (letter.status !== "REPLIED" && letter.status !== "CLOSED")) {
    return "答复发出后才能公开来信";
  }
  if (letter.hiddenAt) return "该来信已被隐藏，请先恢复再修改公开内容";
  return null;
}

export interface RedactionView {
  proposal: RedactionProposal;
  /** Null when the letter may be published once the texts are clean. */
  blocker: string | null;
}

/** The redaction step: what looks personal in the letter's texts, and masked texts to start from. */
export async function letterRedaction(
  deps: LettersDeps,
  actor: Publisher,
  letterId: string,
): Promise<RedactionView | null> {
  const letter = await deps.prisma.letter.findUnique({ where: { id: letterId } });
  if (!letter) return null;
  const proposal = proposeRedaction(
    { subject: letter.subject, body: letter.body, reply: letter.replyText ?? "" },
    knownOf(letter),
  );
  return { proposal, blocker: publishBlocker(letter, actor) };
}

function findingsMessage(findings: readonly Finding[]): string {
  const own = findings.filter((f) => f.known);
  if (own.length) {
    const kinds = [...new Set(own.map((f) => FINDING_LABELS[f.kind]))].join("、");
    return `公开内容仍含有来信人本人的${kinds}，请隐去后再发布`;
  }
  const list = findings.map((f) => `${FINDING_LABELS[f.kind]}“${f.text}”`).join("、");
  return `以下内容可能是个人信息，请隐去或确认可以公开：${list}`;
}

/** Publishes (or re-publishes, with edited texts) a replied letter whose writer agreed. */
export async function publishLetter(
  deps: LettersDeps,
  actor: Publisher,
  letterId: string,
  raw: PublishInput,
): Promise<PublishResult> {
  let confirmed: string[] = [];
  const result = await withLetter(deps, letterId, async (tx, letter): Promise<PublishResult> => {
    // What the letter is decides first: no point correcting texts that cannot be published.
    const blocker = publishBlocker(letter, actor);
    if (blocker) return refuse(blocker);
    const parsed = publishInput.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(issue?.message ?? "输入有误", issue?.path[0]?.toString());
    }
    const input = parsed.data;
    confirmed = input.confirmedFindings;
    const unresolved = unresolvedFindings([input.subject, input.body, input.reply], knownOf(letter), confirmed);
    if (unresolved.length) return { ok: false, message: findingsMessage(unresolved), findings: unresolved };

    const now = deps.clock.now();
    const updated = await tx.letter.update({
      where: { id: letter.id },
      data: {
        publicSubject: input.subject,
        publicBody: input.body,
        publicReply: input.reply,
        publishedAt: letter.publishedAt ?? now,
      },
    });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: letter.publishedAt ? "PUBLICATION_EDITED" : "PUBLISHED",
      fromStatus: letter.status,
      toStatus: letter.status,
      data: { confirmedFindings: confirmed.length },
    });
    return { ok: true, letter: updated };
  });

  if (result.ok) {
    await deps.audit.record({
      action: "letters.publish",
      targetType: "Letter",
      targetId: result.letter.id,
      detail: { trackingCode: result.letter.trackingCode, confirmedFindings: confirmed },
    });
  }
  return result;
}
