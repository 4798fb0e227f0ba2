// Every background job of the portal is registered here, by name, with its schedule.
import type { Services } from "../context.js";
import { purgeEndedSessions } from "../modules/accounts/session.service.js";

export async function registerJobs({ jobs, prisma, clock, log }: Services): Promise<void> {
  jobs.define("accounts.purge-ended-sessions", async () => {
    const removed = await purgeEndedSessions(prisma, clock);
    if (removed) log.info({ removed }, "ended sessions purged");
  });
  await jobs.schedule("accounts.purge-ended-sessions", "17 3 * * *");
}
