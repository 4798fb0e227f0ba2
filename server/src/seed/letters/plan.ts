// The demo letters, planned: when each came in and through which channel (schedule.ts), where it
// stands now (its fate: the newest are still open, a few are overdue, the older ones replied and
// mostly closed), what it says (the topics) and every step of its handling (flows.ts), walked
// through in memory (seed-letter.ts). Pure and deterministic for a seeding day, apart from the
// random tracking codes.
import type { LetterChannel, LetterRating } from "../../generated/prisma/enums.js";
import { createRng, type Rng } from "../rng.js";
import {
  type Composer,
  type DisclosureKind,
  intakeOf,
  replyText,
  type Written,
  writeDisclosure,
  writeLetter,
} from "./compose.js";
import { LetterFlow } from "./flows.js";
import { demoLetterKey, letterSlots, OfficeHours, type Slot } from "./schedule.js";
import { SeedLetter, type SeedWorld } from "./seed-letter.js";
import type { LetterDepartment } from "./staff.js";
import { COMPLETION_NOTE, type DisclosureDraft, EXTENSION_REASONS, thirdPartyNote } from "./topics-disclosure.js";
import { type Writer, writerFactory } from "./writers.js";

/** Bump to plan different demo letters; databases keep the letters they have (by key). */
const LETTERS_SEED = "planport-demo-letters-v1";

export type Fate =
  | "received"
  | "registered"
  | "assigned"
  | "assigned-complex-ack"
  | "assigned-complex"
  | "assigned-reassigned"
  | "in-review"
  | "in-review-approved"
  | "paused-completion"
  | "paused-third-party"
  | "extended-open"
  | "overdue-assigned"
  | "overdue-drafted"
  | "overdue-registered"
  | "overdue-review"
  | "overdue-complex"
  | "replied"
  | "done";

/**
 * The letters still being worked on, chosen by age in working days (`ages`): the newest wait for
 * registration, the next ones are with a handler or the head, a few disclosure requests wait for
 * the applicant or a third party, and a few are past due. `mailbox`: written on the portal.
 */
const OPEN_FATES: ReadonlyArray<{ fate: Fate; count: number; ages: [number, number]; mailbox?: boolean }> = [
  { fate: "received", count: 3, ages: [0, 1], mailbox: true },
  { fate: "registered", count: 3, ages: [0, 2] },
  { fate: "assigned-complex-ack", count: 2, ages: [1, 5], mailbox: true },
  { fate: "assigned-complex", count: 1, ages: [2, 5] },
  { fate: "assigned-reassigned", count: 1, ages: [1, 5] },
  { fate: "assigned", count: 3, ages: [1, 5] },
  { fate: "in-review-approved", count: 1, ages: [2, 6] },
  { fate: "in-review", count: 2, ages: [2, 6] },
  { fate: "paused-completion", count: 2, ages: [4, 12], mailbox: true },
  { fate: "paused-third-party", count: 1, ages: [6, 14], mailbox: true },
  { fate: "extended-open", count: 1, ages: [19, 32], mailbox: true },
  { fate: "overdue-assigned", count: 1, ages: [10, 30] },
  { fate: "overdue-drafted", count: 1, ages: [12, 40] },
  { fate: "overdue-registered", count: 1, ages: [9, 20] },
  { fate: "overdue-review", count: 1, ages: [10, 25] },
  { fate: "overdue-complex", count: 1, ages: [12, 50] },
  { fate: "replied", count: 8, ages: [3, 14] },
];

/** Every demo letter, oldest first, handled up to the seeding day (`today`, a Beijing midnight). */
export function planDemoLetters(world: SeedWorld, today: Date): SeedLetter[] {
  const r = createRng(LETTERS_SEED);
  const office = new OfficeHours(world.calendar);
  const slots = letterSlots(r, today);
  const yesterday = new Date(today.getTime() - 1);
  const ages = slots.map((s) => office.workingDaysBetween(s.receivedAt, yesterday));
  const fates = assignFates(slots, ages);
  const disclosures = assignDisclosures(r, slots, ages, fates);

  const writers = writerFactory(createRng(`${LETTERS_SEED}:writers`));
  const planner: Planner = { world, office, today, writers, seen: new Set(), published: 0 };
  return slots.map((slot, i) =>
    planLetter(planner, demoLetterKey(i), slot, fates[i] as Fate, disclosures.get(i) ?? null),
  );
}

/** Picks the slots of the open fates (closest age first, portal letters where wanted); the rest are done. */
function assignFates(slots: readonly Slot[], ages: readonly number[]): Fate[] {
  const fates: Fate[] = slots.map(() => "done");
  const free = new Set(slots.map((_, i) => i));
  for (const {
    fate,
    count,
    ages: [lo, hi],
    mailbox,
  } of OPEN_FATES) {
    const distance = (i: number) => {
      const age = ages[i] as number;
      return age < lo ? lo - age : age > hi ? age - hi : 0;
    };
    const channelCost = (i: number) => (mailbox ? CHANNEL_COST[(slots[i] as Slot).channel] : 0);
    const candidates = [...free]
      .filter((i) => fate !== "received" || (slots[i] as Slot).channel === "DIRECTOR_MAILBOX")
      .sort(
        (a, b) =>
          distance(a) - distance(b) || channelCost(a) - channelCost(b) || (ages[a] as number) - (ages[b] as number),
      );
    for (const i of candidates.slice(0, count)) {
      fates[i] = fate;
      free.delete(i);
    }
  }
  return fates;
}

/** Disclosure requests come through the portal, a few through the platform. */
const CHANNEL_COST: Record<LetterChannel, number> = {
  DIRECTOR_MAILBOX: 0,
  CITIZEN_PLATFORM: 1,
  LEADER_MESSAGE_BOARD: 2,
  ONLINE_PETITION: 3,
  PUBLICITY_COMMENT: 4,
};

/** Which letters are disclosure requests, and which of the done ones were extended, completed or paused. */
function assignDisclosures(
  r: Rng,
  slots: readonly Slot[],
  ages: readonly number[],
  fates: readonly Fate[],
): Map<number, DisclosureKind> {
  const kinds = new Map<number, DisclosureKind>();
  fates.forEach((fate, i) => {
    if (fate === "paused-completion") kinds.set(i, "completion");
    else if (fate === "paused-third-party") kinds.set(i, "third-party");
    else if (fate === "extended-open") kinds.set(i, "extension");
  });
  const done = (minAge: number) =>
    slots
      .map((_, i) => i)
      .filter(
        (i) =>
          fates[i] === "done" &&
          !kinds.has(i) &&
          (ages[i] as number) >= minAge &&
          (slots[i] as Slot).channel === "DIRECTOR_MAILBOX",
      );
  for (const i of r.sample(done(50), 2)) kinds.set(i, "extension");
  for (const i of r.sample(done(30), 3)) kinds.set(i, "completion");
  for (const i of r.sample(done(35), 2)) kinds.set(i, "third-party");
  slots.forEach((slot, i) => {
    if (fates[i] !== "done" || kinds.has(i)) return;
    const share = slot.channel === "DIRECTOR_MAILBOX" ? 0.18 : slot.channel === "CITIZEN_PLATFORM" ? 0.04 : 0;
    if (r.chance(share)) kinds.set(i, "plain");
  });
  return kinds;
}

interface Planner extends Composer {
  writers: (withEmail: boolean) => Writer;
  /** How many letters were published so far (the 3rd and the 14th are hidden later). */
  published: number;
}

function planLetter(p: Planner, key: string, slot: Slot, fate: Fate, disclosure: DisclosureKind | null): SeedLetter {
  const r = createRng(`${LETTERS_SEED}:${key}`);
  const written = disclosure ? writeDisclosure(p, r, slot, disclosure) : writeLetter(p, r, slot);
  const writer = p.writers(slot.channel === "DIRECTOR_MAILBOX" ? r.chance(0.45) : r.chance(0.25));
  const mayPublish = disclosure === null && r.chance(slot.channel === "DIRECTOR_MAILBOX" ? 0.65 : 0.55);
  // 复杂件: marked at registration (for letters from other channels, when staff type them in).
  const complex =
    fate === "assigned-complex-ack" ||
    fate === "assigned-complex" ||
    fate === "overdue-complex" ||
    (disclosure === null && fate === "replied" && r.chance(0.25)) ||
    (disclosure === null && fate === "done" && r.chance(0.18));
  const intake = intakeOf(p, r, key, slot, written, writer, { mayPublish, complex });
  const letter = new SeedLetter(p.world, key, intake);
  const flow = new LetterFlow(letter, r, p.office, p.today, written.department);
  const reply = (complete = true) => replyText(p, letter, written, disclosure, complete);
  const returned = () => ({ draft: reply(false), opinion: written.draft.returnOpinion });

  switch (fate) {
    case "received":
      return letter;
    case "registered":
    case "overdue-registered":
      flow.register(complex);
      return letter;
    case "assigned":
    case "overdue-assigned":
      flow.register(complex);
      flow.assign();
      return letter;
    case "assigned-reassigned":
      flow.register(complex);
      flow.assign(reassignReason(p, written.department));
      return letter;
    case "assigned-complex-ack":
      flow.register(complex);
      flow.assign();
      flow.acknowledge(false, r.chance(0.5) ? ACK_NOTE : null);
      return letter;
    case "assigned-complex":
    case "overdue-complex":
      flow.register(complex);
      flow.assign();
      return letter;
    case "overdue-drafted":
      flow.register(complex);
      flow.assign();
      flow.draft(reply(false));
      return letter;
    case "in-review":
    case "in-review-approved":
    case "overdue-review":
      flow.register(complex);
      flow.assign();
      flow.reply(reply(), {
        upTo: fate === "in-review-approved" ? "approve" : "submit",
        late: fate === "overdue-review",
      });
      return letter;
    case "paused-completion":
      flow.register(complex);
      flow.assign();
      flow.pause("AWAITING_COMPLETION", COMPLETION_NOTE);
      return letter;
    case "paused-third-party":
      flow.register(complex);
      flow.assign();
      flow.pause(
        "AWAITING_THIRD_PARTY",
        thirdPartyNote((written.draft as DisclosureDraft).thirdParty ?? "项目建设单位"),
      );
      return letter;
    case "extended-open":
      flow.register(complex);
      flow.assign();
      flow.extend(r.int(10, 20), r.pick(EXTENSION_REASONS));
      return letter;
    case "replied":
      flow.register(complex);
      flow.assign();
      if (complex) flow.acknowledge();
      flow.reply(reply());
      return letter;
    case "done":
      handleToTheEnd(p, r, flow, written, { disclosure, complex }, reply, returned);
      return letter;
  }
}

/** A done letter: handled in full, replied (on time or late), then rated, closed or left replied, maybe published. */
function handleToTheEnd(
  p: Planner,
  r: Rng,
  flow: LetterFlow,
  written: Written,
  { disclosure, complex }: { disclosure: DisclosureKind | null; complex: boolean },
  reply: (complete?: boolean) => string,
  returned: () => { draft: string; opinion: string },
) {
  flow.register(complex);
  flow.assign(disclosure === null && r.chance(0.1) ? reassignReason(p, written.department) : null);
  if (complex) flow.acknowledge(r.chance(0.08));
  const draft = written.draft as DisclosureDraft;
  if (disclosure === "completion") {
    flow.pause("AWAITING_COMPLETION", COMPLETION_NOTE);
    flow.resume(r.int(2, 8), "申请人已补正申请内容，恢复计时。");
  } else if (disclosure === "third-party") {
    flow.pause("AWAITING_THIRD_PARTY", thirdPartyNote(draft.thirdParty ?? "项目建设单位"));
    flow.resume(r.int(4, 12), "已收到第三方意见，恢复计时。");
  } else if (disclosure === "extension") {
    flow.extend(r.int(10, 20), r.pick(EXTENSION_REASONS));
  }
  flow.reply(reply(), { late: r.chance(0.07), ...(r.chance(0.1) ? { returned: returned() } : {}) });
  const letter = flow.letter;
  if (letter.status !== "REPLIED" || r.chance(0.05)) return;
  const publish = letter.letter.mayPublish && r.chance(0.5);
  if (publish) {
    flow.publish();
    if (!flow.stopped) p.published++;
    if (p.published === 3 || p.published === 14) flow.hide(HIDE_REASONS[p.published === 3 ? 0 : 1]);
  }
  if (r.chance(0.7)) {
    const rating = ratingOf(r);
    flow.rate(rating, r.pick(RATING_COMMENTS[rating]));
  } else {
    flow.close(r.pick(CLOSE_NOTES));
  }
}

function reassignReason(p: Planner, department: LetterDepartment): string {
  return `经核实，来信反映的事项属于${p.world.department(department).name}职责范围，改由该科室办理。`;
}

const ACK_NOTE = "您的来信已收到。因涉及的项目审批档案需要调阅核实，我们将在核实后尽快答复，请耐心等待。";

function ratingOf(r: Rng): LetterRating {
  const x = r.next();
  return x < 0.55 ? "SATISFIED" : x < 0.85 ? "BASICALLY_SATISFIED" : "UNSATISFIED";
}

const RATING_COMMENTS: Record<LetterRating, readonly (string | null)[]> = {
  SATISFIED: [null, null, "答复及时、详细，谢谢！", "问题已经解决，感谢工作人员。", "答复很专业，解释得很清楚。"],
  BASICALLY_SATISFIED: [null, "答复清楚，希望尽快落实。", "基本满意，希望后续继续跟进。"],
  UNSATISFIED: ["答复只说转交了其他部门，问题没有解决。", "答复太笼统，没有回答我的具体问题。", "等了很久才答复。"],
};

const CLOSE_NOTES = [null, "答复已送达，来信人未评价，按期办结。", "已电话回访来信人，办结。"] as const;

const HIDE_REASONS = ["来信人来电要求不再公开其来信", "来信内容含有针对他人的人身攻击性言论，依规不予公开"] as const;
