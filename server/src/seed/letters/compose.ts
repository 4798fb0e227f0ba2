// What a demo letter says and how it came in: a topic's letter or a disclosure request, the writer,
// the portal's form or the row staff typed in from another channel (with that channel's id), and
// the reply the handler writes from the bureau's reply template.
import { MINUTE } from "../../clock.js";
import type { LetterType } from "../../generated/prisma/enums.js";
import type { Rng } from "../rng.js";
import { placeOf } from "./places.js";
import type { OfficeHours, Slot } from "./schedule.js";
import { demoRawKey, type ExternalRow, type Intake, type SeedLetter, type SeedWorld } from "./seed-letter.js";
import { type LetterDepartment, REGISTRAR } from "./staff.js";
import { composeReply, type Draft, type Topic } from "./topic.js";
import { BUILDING_TOPICS } from "./topics-building.js";
import { CITY_TOPICS } from "./topics-city.js";
import {
  afterThirdParty,
  DISCLOSURE_TOPICS,
  type DisclosureDraft,
  THIRD_PARTY_TOPICS,
  VAGUE_TOPICS,
} from "./topics-disclosure.js";
import { exampleOrganisationCode, exampleResidentId, type Writer } from "./writers.js";

/** Which disclosure requests wait for 补正, for a third party, are extended, or none of these. */
export type DisclosureKind = "extension" | "completion" | "third-party" | "plain";

export interface Composer {
  world: SeedWorld;
  office: OfficeHours;
  /** The seeding day's midnight. */
  today: Date;
  /** Subjects and bodies written so far: no two letters alike. */
  seen: Set<string>;
}

const TOPICS: readonly Topic[] = [...BUILDING_TOPICS, ...CITY_TOPICS];
/** How often each topic comes up, by key. */
const TOPIC_WEIGHT: Record<string, number> = {
  "night-noise": 4,
  sunlight: 3,
  "permit-lookup": 2,
  "unpermitted-building": 2,
  "lift-retrofit": 2,
  compensation: 3,
  "village-house": 1,
  services: 2,
  "rail-station": 4,
  roads: 3,
  "river-parks": 3,
  wuxiang: 2,
  "school-site": 2,
  "plan-change": 2,
  "historic-quarter": 1,
};
const WEIGHTED_TOPICS = TOPICS.flatMap((t) => Array<Topic>(TOPIC_WEIGHT[t.key] ?? 1).fill(t));

export interface Written {
  department: LetterDepartment;
  type: LetterType;
  subject: string;
  body: string;
  /** The reply's answer sections and template; disclosure drafts also carry their request fields. */
  draft: Draft | DisclosureDraft;
}

export function writeLetter(p: Composer, r: Rng, slot: Slot): Written {
  for (let attempt = 0; attempt < 40; attempt++) {
    const topic = r.pick(WEIGHTED_TOPICS);
    const type = r.pick(topic.types);
    const draft = topic.write(r, type, { place: placeOf(r), received: slot.receivedAt });
    if (p.seen.has(draft.subject) || p.seen.has(draft.body)) continue;
    p.seen.add(draft.subject).add(draft.body);
    return { department: topic.department, type, subject: draft.subject, body: draft.body, draft };
  }
  throw new Error("Demo letters ran out of distinct subjects");
}

export function writeDisclosure(p: Composer, r: Rng, slot: Slot, kind: DisclosureKind): Written {
  const topics = kind === "completion" ? VAGUE_TOPICS : kind === "third-party" ? THIRD_PARTY_TOPICS : DISCLOSURE_TOPICS;
  for (let attempt = 0; attempt < 40; attempt++) {
    const draft = r.pick(topics)(r, { place: placeOf(r), received: slot.receivedAt, vague: kind === "completion" });
    if (p.seen.has(draft.informationTitle) || p.seen.has(draft.description)) continue;
    p.seen.add(draft.informationTitle).add(draft.description);
    const body = draft.documentNumber ? `${draft.description}\n\n文号：${draft.documentNumber}` : draft.description;
    return { department: "policy", type: "DISCLOSURE_REQUEST", subject: draft.informationTitle, body, draft };
  }
  throw new Error("Demo disclosure requests ran out of distinct titles");
}

const isDisclosureDraft = (draft: Draft | DisclosureDraft): draft is DisclosureDraft => "informationTitle" in draft;

/** The letter as it came in: the portal's form, or the row staff typed from another channel. */
export function intakeOf(
  p: Composer,
  r: Rng,
  key: string,
  slot: Slot,
  written: Written,
  writer: Writer,
  { mayPublish, complex }: { mayPublish: boolean; complex: boolean },
): Intake {
  const rawKey = demoRawKey(p.world.accessSecret, key);
  const { draft } = written;
  if (slot.channel === "DIRECTOR_MAILBOX" && isDisclosureDraft(draft)) {
    return { via: "citizen", form: "disclosure", input: disclosureForm(r, draft, writer), rawKey, at: slot.receivedAt };
  }
  // Some writers sign with their name or leave their number in the text: the redaction step finds them.
  const signed = r.chance(0.2)
    ? `${written.body}\n\n联系电话：${writer.phone}`
    : r.chance(0.1)
      ? `${written.body}\n\n——${writer.name}`
      : written.body;
  if (slot.channel === "DIRECTOR_MAILBOX") {
    const input = {
      type: written.type,
      subject: written.subject,
      body: signed,
      name: writer.name,
      phone: writer.phone,
      email: writer.email,
      mayPublish,
    };
    return { via: "citizen", form: "letter", input, rawKey, at: slot.receivedAt };
  }
  const row: ExternalRow = {
    channel: slot.channel,
    externalId: externalIdOf(r, key, slot),
    type: written.type,
    subject: written.subject,
    body: isDisclosureDraft(draft) ? written.body : signed,
    writerName: writer.name,
    writerPhone: writer.phone,
    writerEmail: writer.email,
    receivedAt: slot.receivedAt,
    complex,
    mayPublish,
  };
  // Staff check the other channels every working day and type new letters in; yesterday evening's
  // letters were typed in by the staff member on duty (网站值班) that night.
  const registered = p.office.after(slot.receivedAt, r, 30, 900);
  const at = registered < p.today ? registered : new Date(slot.receivedAt.getTime() + r.int(20, 50) * MINUTE);
  return { via: "staff", actor: REGISTRAR, at, rawKey, row };
}

/** The ids the other systems give their letters: unique per letter (the key's number), plausible in form. */
function externalIdOf(r: Rng, key: string, slot: Slot): string {
  const n = key.slice(-3);
  const day = new Date(slot.receivedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, "");
  switch (slot.channel) {
    case "CITIZEN_PLATFORM":
      return `ZMHD${day}${r.int(1, 9)}${n}`;
    case "ONLINE_PETITION":
      return `NNXF${day.slice(0, 4)}${r.int(100, 999)}${n}`;
    default:
      return `RMLY${r.int(10000, 99999)}${n}`;
  }
}

const ORGANISATIONS = ["广西正衡律师事务所", "南宁市榕城花园业主委员会", "南宁江湾城市建设有限公司"] as const;

/** The disclosure request form as the portal sends it (submitDisclosureRequest). */
function disclosureForm(r: Rng, draft: DisclosureDraft, writer: Writer): Record<string, unknown> {
  const organisation = r.chance(0.15);
  const delivery = writer.email && r.chance(0.6) ? "EMAIL" : r.pick(["POST", "PICK_UP"] as const);
  return {
    applicantType: organisation ? "ORGANISATION" : "CITIZEN",
    name: organisation ? r.pick(ORGANISATIONS) : writer.name,
    ...(organisation
      ? { organisationCode: exampleOrganisationCode(r), contactName: writer.name }
      : { idType: "RESIDENT_ID", idNumber: exampleResidentId(r) }),
    phone: writer.phone,
    email: writer.email,
    address:
      delivery === "POST"
        ? `南宁市${placeOf(r).district}${placeOf(r).road}${r.int(2, 388)}号${r.int(1, 12)}栋${r.int(1, 3)}单元${r.int(2, 28)}0${r.int(1, 4)}室`
        : null,
    postcode: delivery === "POST" ? `530${String(r.int(0, 299)).padStart(3, "0")}` : null,
    informationTitle: draft.informationTitle,
    description: draft.description,
    documentNumber: draft.documentNumber,
    purpose: draft.purpose,
    format: delivery === "EMAIL" ? "ELECTRONIC" : r.pick(["PAPER", "ELECTRONIC"] as const),
    delivery,
  };
}

/** The reply (or, `complete` false, a first draft of it: each part's first sentence). */
export function replyText(
  p: Composer,
  letter: SeedLetter,
  written: Written,
  disclosure: DisclosureKind | null,
  complete: boolean,
): string {
  const { draft } = written;
  let answer = [...draft.answer];
  if (isDisclosureDraft(draft) && answer.length && draft.template !== "disclosure-withheld") {
    const first = answer[0] as string;
    if (disclosure === "completion") answer[0] = `根据您补正后的申请内容检索，${first}`;
    if (disclosure === "third-party" && draft.thirdParty) answer[0] = `${afterThirdParty(draft.thirdParty)}${first}`;
  }
  if (!complete) answer = answer.map((a) => (a.length > 12 && a.includes("。") ? `${a.split("。")[0]}。` : a));
  const l = letter.letter;
  return composeReply(
    l.type,
    draft.template,
    {
      subject: l.subject,
      received: l.receivedAt,
      channel: l.channel,
      department: p.world.department(written.department).name,
    },
    answer,
  );
}
