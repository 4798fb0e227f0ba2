// 网站值班 for the demo: the maintainer and the leader are on duty every day from 30 days before
// to 90 days after the seeding day, so emergency publishing works in the demo. Each start only
// extends the roster past the last day it already covers: shifts staff removed are not put back,
// and a demo left running keeps a roster ahead of it.
import type { Clock } from "../clock.js";
import type { PrismaClient } from "../db/index.js";
import { addCalendarDays, eachDay, shanghaiDay } from "../modules/calendar/shanghai-day.js";
import { dateToDay, dayToDate } from "../modules/operations/duty-day.js";
import { seedId } from "./ids.js";

const ON_DUTY = ["maintainer", "leader"] as const;
const DAYS_BEFORE = 30;
const DAYS_AHEAD = 90;

export async function seedDutyRoster(prisma: PrismaClient, clock: Clock): Promise<void> {
  const today = shanghaiDay(clock.now());
  const users = await prisma.user.findMany({
    where: { username: { in: [...ON_DUTY] } },
    select: { id: true, username: true },
  });
  // Seeded shifts are the ones nobody assigned; a shift staff added far ahead does not stop the seed.
  const last = await prisma.dutyShift.findFirst({
    where: { assignedById: null },
    orderBy: { date: "desc" },
    select: { date: true },
  });
  const first = last ? addCalendarDays(dateToDay(last.date), 1) : addCalendarDays(today, -DAYS_BEFORE);
  const end = addCalendarDays(today, DAYS_AHEAD);
  const days = [...eachDay(first, end)];
  if (!days.length || !users.length) return;
  await prisma.dutyShift.createMany({
    skipDuplicates: true,
    data: days.flatMap((day) =>
      ON_DUTY.flatMap((username) => {
        const user = users.find((u) => u.username === username);
        return user
          ? [{ id: seedId("duty", day, username), date: dayToDate(day), userId: user.id, createdAt: clock.now() }]
          : [];
      }),
    ),
  });
}
