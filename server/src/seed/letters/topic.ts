// What a demo letter is about and how the bureau answers it. A topic writes the letter (subject and
// body in the writer's words) and the substance of the reply; the reply itself is one of the
// bureau's reply templates (reply-templates.ts) with that substance in place of its 【…】 markers.

import type { LetterChannel, LetterType } from "../../generated/prisma/enums.js";
import { CHANNEL_LABELS } from "../../modules/letters/intake.js";
import { fillTemplate, REPLY_TEMPLATES } from "../../modules/letters/reply-templates.js";
import type { Rng } from "../rng.js";
import { dateLabel, type Place } from "./places.js";
import type { LetterDepartment } from "./staff.js";

export interface TopicContext {
  place: Place;
  /** When the letter came in. */
  received: Date;
}

export interface Draft {
  subject: string;
  body: string;
  /** The reply template (REPLY_TEMPLATES key) the handler starts from. */
  template: string;
  /** What replaces the template's 【…】 markers, in order. */
  answer: string[];
  /** What the department head asks for when sending a first draft back. */
  returnOpinion: string;
}

export interface Topic {
  key: string;
  department: LetterDepartment;
  types: readonly LetterType[];
  write(r: Rng, type: LetterType, ctx: TopicContext): Draft;
}

/** One of the phrasings; `r.pick` with a shorter name, since topics use it on every line. */
export const one = <T>(r: Rng, items: readonly T[]): T => r.pick(items);

export interface ReplyValues {
  subject: string;
  received: Date;
  channel: LetterChannel;
  department: string;
}

/** The reply text: the template filled from the letter (as the staff screen fills it) and the answer. */
export function composeReply(type: LetterType, template: string, values: ReplyValues, answer: readonly string[]) {
  const tpl = REPLY_TEMPLATES[type].find((t) => t.key === template);
  if (!tpl) throw new Error(`No reply template ${template} for ${type}`);
  const filled = fillTemplate(tpl.body, {
    subject: values.subject,
    receivedDate: dateLabel(values.received),
    channel: CHANNEL_LABELS[values.channel],
    department: values.department,
  });
  let next = 0;
  const text = filled.replace(/【[^】]*】/g, () => {
    const section = answer[next++];
    if (section === undefined) throw new Error(`Reply template ${template} has more markers than the answer`);
    return section;
  });
  if (next !== answer.length) throw new Error(`Reply template ${template} has fewer markers than the answer`);
  return text;
}
