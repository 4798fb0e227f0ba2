import type { graphql } from "../../lib/graphql";
import { projectsStrings } from "./strings";

/** The schema's ProjectStage enum: a stage added there fails typecheck until it is placed and labelled here. */
type SchemaStage = ReturnType<typeof graphql.scalar<"ProjectStage">>;
const STAGE_LABELS: Record<SchemaStage, string> = projectsStrings.stages;

/**
 * The six stages of a planning project, in order (选址 → 用地规划许可 → 工程规划许可 → 批后公示 →
 * 规划核实 → 竣工). The order drives the progress indicator; the labels live in strings.ts.
 */
export const PROJECT_STAGES = [
  "SITE_SELECTION",
  "LAND_USE_PERMIT",
  "WORKS_PERMIT",
  "POST_APPROVAL_PUBLICITY",
  "VERIFICATION",
  "COMPLETED",
] as const satisfies readonly SchemaStage[];

export type ProjectStage = (typeof PROJECT_STAGES)[number];

export function isProjectStage(value: string): value is ProjectStage {
  return (PROJECT_STAGES as readonly string[]).includes(value);
}

/** Chinese label of a stage; the raw code for a stage this build does not know yet. */
export function stageLabel(stage: string): string {
  return isProjectStage(stage) ? STAGE_LABELS[stage] : stage;
}

export type StepState = "done" | "current" | "upcoming";

/** Each stage with its state relative to the project's current stage (unknown stage: all upcoming). */
export function stageSteps(current: string): Array<{ stage: ProjectStage; label: string; state: StepState }> {
  const index = (PROJECT_STAGES as readonly string[]).indexOf(current);
  return PROJECT_STAGES.map((stage, position) => ({
    stage,
    label: STAGE_LABELS[stage],
    state: index < 0 || position > index ? "upcoming" : position === index ? "current" : "done",
  }));
}
