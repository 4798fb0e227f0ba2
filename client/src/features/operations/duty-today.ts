import { dayLabel, mayPublishOnDuty } from "./duty-week";
import { operationsStrings } from "./strings";

const strings = operationsStrings.dutyToday;

export interface DutyTodayFacts {
  /** Today in Beijing, as the server counts it: "2026-03-02". */
  date: string;
  viewerOnDuty: boolean;
  /** Names of the staff on duty today. */
  onDuty: readonly string[];
  viewerRoles: readonly string[];
}

export interface DutyTodayNotice {
  /** "ok": the viewer may publish in an emergency; "warning": they would expect to but may not. */
  tone: "ok" | "warning" | "info";
  text: string;
}

/**
 * What the emergency page says about today's duty: a maintainer or leader learns whether they
 * may publish in an emergency and, if not, whom to call; anyone else just who is on duty. The
 * server decides (publishing/workflow.ts canEmergencyPublish); this only saves a refused step.
 */
export function dutyTodayNotice(facts: DutyTodayFacts): DutyTodayNotice {
  const day = dayLabel(facts.date);
  const names = facts.onDuty.join("、");
  const publisher = mayPublishOnDuty(facts.viewerRoles);
  if (publisher && facts.viewerOnDuty) return { tone: "ok", text: strings.onDuty(day) };
  if (publisher) {
    const who = facts.onDuty.length ? strings.whoIs(names) : strings.nobodyShort;
    return { tone: "warning", text: `${strings.notOnDuty(day)}${who}` };
  }
  return { tone: "info", text: facts.onDuty.length ? strings.whoIsPlain(day, names) : strings.nobody(day) };
}
