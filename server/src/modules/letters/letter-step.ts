// What every staff step on a letter shares: the transaction that holds the letter's row, the
// event it writes (who, when, what, status before and after) and the audit entry after commit.
import { notFound } from "../../errors.js";
import type { Letter, LetterStatus, Prisma } from "../../generated/prisma/client.js";
import type { Role } from "../../generated/prisma/enums.js";
import type { LettersDeps, Tx } from "./letters.deps.js";
import type { LetterActor, RuleLetter, Verdict } from "./letters.rules.js";

/** The signed-in staff member acting on a letter. */
export interface LetterStaff extends LetterActor {
  name: string;
  roles: Role[];
}

export type LetterResult = { ok: true; letter: Letter } | { ok: false; message: string; field?: string };

export const fail = (message: string, field?: string): LetterResult =>
  field ? { ok: false, message, field } : { ok: false, message };

export const refused = (verdict: Extract<Verdict, { ok: false }>): LetterResult => fail(verdict.message, verdict.field);

/**
 * Runs one step on a letter inside a transaction. The first statement writes the letter's row,
 * so concurrent steps on one letter queue up instead of both passing the same check.
 */
export async function withLetter<T>(
  deps: LettersDeps,
  letterId: string,
  fn: (tx: Tx, letter: Letter) => Promise<T>,
): Promise<T> {
  return deps.prisma.$transaction(async (tx) => {
    const touched = await tx.letter.updateMany({ where: { id: letterId }, data: { updatedAt: deps.clock.now() } });
    if (touched.count === 0) throw notFound("来信");
    const letter = await tx.letter.findUniqueOrThrow({ where: { id: letterId } });
    return fn(tx, letter);
  });
}

export function ruleLetter(letter: Letter): RuleLetter {
  return {
    status: letter.status,
    type: letter.type,
    complex: letter.complex,
    departmentId: letter.departmentId,
    handlerId: letter.handlerId,
    acknowledgedAt: letter.acknowledgedAt,
    replyDraft: letter.replyDraft,
    replyDraftedById: letter.replyDraftedById,
    replyApprovedById: letter.replyApprovedById,
    extensionDays: letter.extensionDays,
  };
}

export interface LetterEventInput {
  action: string;
  fromStatus: LetterStatus | null;
  toStatus: LetterStatus | null;
  note?: string | null;
  /** Shown to the writer on the tracking page. */
  public?: boolean;
  data?: Prisma.InputJsonValue;
}

export async function recordLetterEvent(
  tx: Tx,
  deps: Pick<LettersDeps, "clock">,
  actor: Pick<LetterActor, "id"> | null,
  letterId: string,
  event: LetterEventInput,
): Promise<void> {
  await tx.letterEvent.create({
    data: {
      letterId,
      at: deps.clock.now(),
      actorId: actor?.id ?? null,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      note: event.note ?? null,
      public: event.public ?? false,
      data: event.data ?? undefined,
    },
  });
}

/** Audit after the transaction committed: the log records what really happened. */
export function auditLetterStep(
  deps: Pick<LettersDeps, "audit">,
  action: string,
  letter: Pick<Letter, "id" | "trackingCode">,
  detail: Record<string, Prisma.InputJsonValue | null> = {},
): Promise<void> {
  return deps.audit.record({
    action: `letters.${action}`,
    targetType: "Letter",
    targetId: letter.id,
    detail: { trackingCode: letter.trackingCode, ...detail },
  });
}

type Step = (tx: Tx, letter: Letter) => Promise<LetterResult>;

/** Runs a step on the letter (in its transaction) and, when it succeeded, writes the audit entry. */
export async function runStep(
  deps: LettersDeps,
  letterId: string,
  action: string,
  run: Step,
  detail: () => Parameters<typeof auditLetterStep>[3] = () => ({}),
): Promise<LetterResult> {
  const result = await withLetter(deps, letterId, run);
  if (result.ok) await auditLetterStep(deps, action, result.letter, detail());
  return result;
}

/** A refusal as a step result, or null when the rule allows the step. */
export const checked = (verdict: Verdict): LetterResult | null => (verdict.ok ? null : refused(verdict));
