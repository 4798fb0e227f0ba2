/**
 * The numbers around a guide's flow: the working days of the steps that count towards the time
 * limit, those that do not (批前公示, 专家评审 — 行政许可法第四十五条), and how the bureau's
 * promise compares with the statutory limit. Pure, so the arithmetic is tested once.
 */

export interface FlowStep {
  /** Working days this step takes (0: the same day). */
  days: number;
  /** Not counted in the time limit; its days are shown apart. */
  excludedFromLimit: boolean;
}

export interface FlowSummary {
  stepCount: number;
  /** Sum of the counted steps' working days: on a guide that passed review, the promised time. */
  countedDays: number;
  /** Sum of the days the law does not count (shown apart, never added to the promise). */
  excludedDays: number;
  promisedDays: number | null;
  statutoryDays: number | null;
  /** Working days the bureau promises below the statutory limit; null when either is missing or none. */
  daysSaved: number | null;
  /**
   * The counted steps do not add up to the promise (the server refuses to submit such a guide, so
   * only an older one can): the page then says the promise is what counts rather than showing two
   * totals that disagree without a word.
   */
  stepsDisagree: boolean;
}

function validDays(days: number | null | undefined): number | null {
  return typeof days === "number" && Number.isFinite(days) && days >= 0 ? days : null;
}

export function flowSummary(
  steps: readonly FlowStep[],
  promisedDays: number | null | undefined,
  statutoryDays: number | null | undefined,
): FlowSummary {
  let countedDays = 0;
  let excludedDays = 0;
  for (const step of steps) {
    const days = validDays(step.days) ?? 0;
    if (step.excludedFromLimit) excludedDays += days;
    else countedDays += days;
  }
  const promised = validDays(promisedDays);
  const statutory = validDays(statutoryDays);
  return {
    stepCount: steps.length,
    countedDays,
    excludedDays,
    promisedDays: promised,
    statutoryDays: statutory,
    daysSaved: promised !== null && statutory !== null && statutory > promised ? statutory - promised : null,
    stepsDisagree: steps.length > 0 && promised !== null && countedDays !== promised,
  };
}
