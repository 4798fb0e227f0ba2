import Clock from "lucide-solid/icons/clock";
import { createUniqueId, For, Show } from "solid-js";
import { workingDays } from "./guide-format";
import { type FlowStep, flowSummary } from "./step-flow";
import { guideStrings } from "./strings";

export interface GuideStep extends FlowStep {
  name: string;
  actor: string | null;
  description: string | null;
  outcome: string | null;
}

/**
 * 办理流程 as a stepper, in the server's order: an ordered list, so screen readers say "第 2 项，
 * 共 5 项" and the order survives without CSS. guides.css lays it out vertically on phones and in a row where the
 * section is wide enough (a container query, so 关怀 large text gets the vertical form sooner).
 */
export function StepFlow(props: {
  steps: readonly GuideStep[];
  promisedDays: number | null;
  statutoryDays: number | null;
}) {
  const strings = guideStrings.guide;
  const summary = () => flowSummary(props.steps, props.promisedDays, props.statutoryDays);
  const headingId = createUniqueId();

  return (
    <section class="guide-section guide-flow" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {strings.flowHeading}
      </h2>
      <p class="guide-flow__summary">
        {strings.flowSummary(summary().stepCount, workingDays(summary().countedDays))}
        <Show when={summary().excludedDays > 0}>{strings.excludedTotal(workingDays(summary().excludedDays))}</Show>
        <Show when={summary().stepsDisagree}>{strings.stepsDisagree}</Show>
      </p>
      <ol class="guide-flow__steps" aria-label={strings.flowLabel}>
        <For each={props.steps}>
          {(step, index) => (
            <li class="flow-step">
              <span class="flow-step__marker" aria-hidden="true">
                {index() + 1}
              </span>
              <div class="flow-step__body">
                <h3 class="flow-step__name">
                  <span class="visually-hidden">{strings.step(index() + 1)}：</span>
                  {step.name}
                </h3>
                <Show when={step.description}>{(text) => <p class="flow-step__what">{text()}</p>}</Show>
                <dl class="flow-step__facts">
                  <Show when={step.actor}>
                    {(actor) => (
                      <div>
                        <dt>{strings.actor}</dt>
                        <dd>{actor()}</dd>
                      </div>
                    )}
                  </Show>
                  <div>
                    <dt>{strings.timeLimit}</dt>
                    <dd class="flow-step__days">
                      <Clock size={16} aria-hidden="true" />
                      <span>
                        {workingDays(step.days)}
                        <Show when={step.excludedFromLimit}>
                          <span class="flow-step__excluded">{strings.excludedFromLimit}</span>
                        </Show>
                      </span>
                    </dd>
                  </div>
                  <Show when={step.outcome}>
                    {(outcome) => (
                      <div>
                        <dt>{strings.outcome}</dt>
                        <dd>{outcome()}</dd>
                      </div>
                    )}
                  </Show>
                </dl>
              </div>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

/** 承诺时限 N 个工作日 (large), 法定时限 M, and how much faster the promise is. */
export function TimeLimits(props: { promisedDays: number | null; statutoryDays: number | null }) {
  const strings = guideStrings.guide;
  const summary = () => flowSummary([], props.promisedDays, props.statutoryDays);
  return (
    <section class="time-limits" aria-label={strings.timeLimitsHeading}>
      <p class="time-limits__promised">
        <span class="time-limits__label">{strings.promisedLabel}</span>
        <strong class="time-limits__value">{workingDays(props.promisedDays)}</strong>
      </p>
      <p class="time-limits__statutory">
        <span class="time-limits__label">{strings.statutoryLabel}</span>
        <span>{workingDays(props.statutoryDays)}</span>
      </p>
      <Show when={summary().daysSaved}>
        {(saved) => <p class="time-limits__saved">{strings.daysSaved(saved())}</p>}
      </Show>
    </section>
  );
}
