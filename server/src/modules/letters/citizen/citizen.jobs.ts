// Housekeeping of the public letter forms: uploads nobody claimed, used ALTCHA solutions past
// their expiry, and rate-limit buckets whose window ended. Hourly; each step is idempotent, so a
// run on two instances at once (or a missed run) does no harm.
import type { Services } from "../../../context.js";
import type { MediaStore } from "../../media/media.store.js";
import { purgeUsedChallenges } from "../abuse/altcha.js";
import { purgeExpiredBuckets } from "../abuse/rate-limit.js";
import { purgeUnclaimedAttachments } from "../attachments/attachments.service.js";

export const CITIZEN_PURGE_JOB = "letters.purge-citizen-leftovers";

export async function purgeCitizenLeftovers(services: Pick<Services, "prisma" | "clock">, store: MediaStore) {
  const now = services.clock.now();
  return {
    attachments: await purgeUnclaimedAttachments({ prisma: services.prisma, store, now }),
    challenges: await purgeUsedChallenges(services.prisma, now),
    // Buckets expire by the system clock (rate-limiter-flexible's), so they are compared with it.
    buckets: await purgeExpiredBuckets(services.prisma, new Date()),
  };
}

/** Registered at boot, beside the attachment store it cleans. */
export async function registerCitizenLetterJobs(services: Services, store: MediaStore): Promise<void> {
  services.jobs.define(CITIZEN_PURGE_JOB, async () => {
    const purged = await purgeCitizenLeftovers(services, store);
    if (purged.attachments) services.log.info(purged, "unclaimed letter uploads and used challenges purged");
  });
  await services.jobs.schedule(CITIZEN_PURGE_JOB, "23 * * * *");
}
