// Every background job of the portal is registered here, by name, with its schedule.
import type { Services } from "../context.js";
import { purgeEndedSessions } from "../modules/accounts/session.service.js";
import {
  LETTER_REMINDERS_CRON,
  LETTER_REMINDERS_JOB,
  sendLetterReminders,
} from "../modules/letters/reminders.service.js";
import {
  PUBLISH_DUE_JOB,
  PUBLISH_SCHEDULED_JOB,
  publishDue,
  publishScheduled,
  TIMELINESS_SCAN_JOB,
} from "../modules/publishing/release.service.js";
import { timelinessDue } from "../modules/publishing/timeliness.service.js";
import { requestAudit } from "../modules/security/audit.service.js";

export async function registerJobs(services: Services): Promise<void> {
  const { jobs, prisma, clock, log } = services;
  // Jobs act as the system: no viewer, no IP.
  const system = { ...services, audit: requestAudit(prisma, clock, () => null, null) };

  jobs.define<{ itemId: string; revisionId: string }>(PUBLISH_SCHEDULED_JOB, async (data) => {
    await publishScheduled(system, data);
  });
  jobs.define(PUBLISH_DUE_JOB, async () => {
    const published = await publishDue(system);
    if (published) log.info({ published }, "scheduled items published by the sweep");
  });
  await jobs.schedule(PUBLISH_DUE_JOB, "* * * * *");
  jobs.define(TIMELINESS_SCAN_JOB, async () => {
    const { overdue, dueSoon } = await timelinessDue(system);
    // The list itself is a staff screen (timelinessDue); notifications arrive with a later issue.
    await system.audit.record({
      action: "publishing.timeliness.scan",
      detail: { overdue: overdue.map((i) => i.id), dueSoon: dueSoon.map((i) => i.id) },
    });
    if (overdue.length || dueSoon.length)
      log.warn({ overdue: overdue.length, dueSoon: dueSoon.length }, "content needs timeliness confirmation");
  });
  await jobs.schedule(TIMELINESS_SCAN_JOB, "0 8 * * *");

  jobs.define(LETTER_REMINDERS_JOB, async () => {
    const run = await sendLetterReminders(system);
    if (run.workingDay && run.created) log.info(run, "letter reminders (催办) written");
  });
  await jobs.schedule(LETTER_REMINDERS_JOB, LETTER_REMINDERS_CRON);

  jobs.define("accounts.purge-ended-sessions", async () => {
    const removed = await purgeEndedSessions(prisma, clock);
    if (removed) log.info({ removed }, "ended sessions purged");
  });
  await jobs.schedule("accounts.purge-ended-sessions", "17 3 * * *");
}
