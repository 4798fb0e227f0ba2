// Letters and staff for API tests. Letters are made the way production makes them (createLetter),
// then moved along with direct updates only where a test needs a state it does not walk through.
import { passwordOf } from "../../../test/helpers.js";
import type { Services } from "../../context.js";
import type { Letter, LetterPauseKind, Prisma, Role } from "../../generated/prisma/client.js";
import { hashPassword } from "../accounts/password.js";
import { requestAudit } from "../security/audit.service.js";
import { refreshDeadlines } from "./deadlines.js";
import { createLetter, type NewLetter } from "./intake.js";
import type { LettersDeps } from "./letters.deps.js";

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** Deps as a job would build them: no request, a system audit. */
export function testDeps(services: Services): LettersDeps {
  return {
    prisma: services.prisma,
    clock: services.clock,
    jobs: services.jobs,
    log: services.log,
    audit: requestAudit(services.prisma, services.clock, () => null, null),
  };
}

export function letterFixtures(services: Services) {
  const deps = testDeps(services);
  const { prisma } = services;
  return {
    deps,

    departmentId: async (code: string) => (await prisma.department.findUniqueOrThrow({ where: { code } })).id,

    userId: async (username: string) => (await prisma.user.findUniqueOrThrow({ where: { username } })).id,

    /** A staff account with the given roles; signs in with passwordOf(username). */
    async staff(roles: Role[], departmentCode: string, username = unique("staff")) {
      const department = await prisma.department.findUniqueOrThrow({ where: { code: departmentCode } });
      return prisma.user.create({
        data: {
          username,
          displayName: `${username}（测试）`,
          roles,
          departmentId: department.id,
          passwordHash: await hashPassword(passwordOf(username)),
        },
      });
    },

    /** A letter as the writer submits it (RECEIVED), with personal data. */
    async letter(input: Partial<NewLetter> = {}): Promise<Letter> {
      const { letter } = await prisma.$transaction((tx) =>
        createLetter(tx, deps, {
          channel: "DIRECTOR_MAILBOX",
          type: "CONSULTATION",
          subject: `邕江南岸滨水公园规划咨询 ${unique("l")}`,
          body: "请问邕江南岸滨水公园的规划方案何时公示？",
          writerName: "张三丰",
          writerPhone: "13812345678",
          writerEmail: "zhang@example.com",
          mayPublish: true,
          ...input,
        }),
      );
      return letter;
    },

    /** Stops a letter's clock from `startedAt` (status PAUSED, deadlines recomputed), without events. */
    async pause(letterId: string, kind: LetterPauseKind, startedAt: Date) {
      await prisma.$transaction(async (tx) => {
        await tx.letterPause.create({ data: { letterId, kind, startedAt, note: "测试" } });
        await tx.letter.update({ where: { id: letterId }, data: { status: "PAUSED" } });
        await refreshDeadlines(tx, deps, letterId);
      });
    },

    /** Moves a letter straight to a state (no events): for tests of lists and counts. */
    set(letterId: string, data: Prisma.LetterUncheckedUpdateInput) {
      return prisma.letter.update({ where: { id: letterId }, data });
    },
  };
}
