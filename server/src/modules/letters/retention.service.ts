// 个人信息保护法 Art. 19: personal data is kept no longer than its purpose needs. Once a letter has
// been closed (已办结) for LETTER_RETENTION_DAYS, a nightly job erases what identifies its writer —
// name, phone, email, the disclosure request's details and the attached files — and keeps the rest
// (subject, body, reply, timeline, rating), which the statistics and the bureau's records need.
// The erasure is itself a fact on the letter's timeline and in the audit log.
import fs from "node:fs/promises";
import { DAY } from "../../clock.js";
import type { Services } from "../../context.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { MediaStore } from "../media/media.store.js";
import { requestAudit } from "../security/audit.service.js";
import type { LettersDeps } from "./letters.deps.js";

export const LETTER_RETENTION_JOB = "letters.erase-personal-data";
/** Nightly, when nobody is working on letters. */
export const LETTER_RETENTION_CRON = "41 3 * * *";

export const PERSONAL_DATA_ERASED = "PERSONAL_DATA_ERASED";

export interface ErasureRun {
  /** Letters whose personal data was erased by this run. */
  letters: number;
  /** Attachments removed with them (rows and files). */
  attachments: number;
}

/**
 * Erases the personal data of every letter closed more than `retentionDays` ago and not erased
 * yet. Idempotent: an erased letter is never touched again, so a retry or a second instance
 * running at the same time does nothing twice.
 */
export async function erasePersonalData(
  deps: Pick<LettersDeps, "prisma" | "clock" | "log" | "audit">,
  store: Pick<MediaStore, "originalPath">,
  retentionDays: number,
): Promise<ErasureRun> {
  const now = deps.clock.now();
  const closedBefore = new Date(now.getTime() - retentionDays * DAY);
  const due = await deps.prisma.letter.findMany({
    where: { status: "CLOSED", closedAt: { lt: closedBefore }, personalDataErasedAt: null },
    select: { id: true, trackingCode: true },
    orderBy: [{ closedAt: "asc" }, { id: "asc" }],
  });
  const run: ErasureRun = { letters: 0, attachments: 0 };
  for (const letter of due) {
    const files = await deps.prisma.$transaction(async (tx) => {
      // The guard in the update makes a concurrent run find nothing left to do.
      const { count } = await tx.letter.updateMany({
        where: { id: letter.id, status: "CLOSED", personalDataErasedAt: null },
        data: {
          writerName: null,
          writerPhone: null,
          writerEmail: null,
          requestDetails: Prisma.DbNull,
          personalDataErasedAt: now,
        },
      });
      if (count === 0) return null;
      const attachments = await tx.letterAttachment.findMany({
        where: { letterId: letter.id },
        select: { storedName: true },
      });
      await tx.letterAttachment.deleteMany({ where: { letterId: letter.id } });
      await tx.letterEvent.create({
        data: {
          letterId: letter.id,
          at: now,
          actorId: null,
          action: PERSONAL_DATA_ERASED,
          fromStatus: "CLOSED",
          toStatus: "CLOSED",
          note: `办结满 ${retentionDays} 天，已按保存期限删除来信人的姓名、电话、邮箱、申请信息和 ${attachments.length} 个附件`,
          public: false,
          data: { retentionDays, attachments: attachments.length },
        },
      });
      return attachments;
    });
    if (!files) continue;
    // Rows first, then files: a row never names a missing file. A file that cannot be removed is
    // logged for an operator; the letter's data is erased either way.
    for (const file of files) {
      await fs.rm(store.originalPath(file.storedName), { force: true }).catch((error: unknown) => {
        deps.log.error(
          { err: error, letterId: letter.id, file: file.storedName },
          "erased attachment file not removed",
        );
      });
    }
    await deps.audit.record({
      action: "letters.personal_data.erase",
      targetType: "Letter",
      targetId: letter.id,
      detail: { trackingCode: letter.trackingCode, retentionDays, attachments: files.length },
    });
    run.letters++;
    run.attachments += files.length;
  }
  return run;
}

/** Registered at boot, beside the private attachment store whose files it removes. */
export async function registerLetterRetentionJob(services: Services, store: MediaStore): Promise<void> {
  const retentionDays = services.letterRetentionDays;
  const audit = requestAudit(services.prisma, services.clock, () => null, null);
  services.jobs.define(LETTER_RETENTION_JOB, async () => {
    const run = await erasePersonalData({ ...services, audit }, store, retentionDays);
    if (run.letters) services.log.info({ ...run, retentionDays }, "personal data of closed letters erased");
  });
  await services.jobs.schedule(LETTER_RETENTION_JOB, LETTER_RETENTION_CRON);
}
