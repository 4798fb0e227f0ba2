import Check from "lucide-solid/icons/check";
import { For, Show } from "solid-js";
import { stageSteps } from "./stages";
import { projectsStrings } from "./strings";

/**
 * The six stages as an ordered list: done, current (aria-current="step") and upcoming. Each step
 * says its state in words too (visually hidden), so it never relies on colour or the tick alone.
 * Vertical on phones (six labels do not fit across 360 px), across on wider screens.
 */
export function StageProgress(props: { stage: string; labelledBy: string }) {
  const strings = projectsStrings.project;
  return (
    <ol class="stage-progress" aria-labelledby={props.labelledBy}>
      <For each={stageSteps(props.stage)}>
        {(step, index) => (
          <li
            class="stage-progress__step"
            data-state={step.state}
            aria-current={step.state === "current" ? "step" : undefined}
          >
            <span class="stage-progress__marker" aria-hidden="true">
              <Show when={step.state === "done"} fallback={index() + 1}>
                <Check size={16} />
              </Show>
            </span>
            <span class="stage-progress__label">
              {step.label}
              <span class="visually-hidden">（{strings.stepState[step.state]}）</span>
            </span>
          </li>
        )}
      </For>
    </ol>
  );
}

/** The stage as a compact badge on cards. */
export function StageBadge(props: { label: string }) {
  return (
    <span class="stage-badge">
      <span class="visually-hidden">{projectsStrings.project.stageLabel}：</span>
      {props.label}
    </span>
  );
}
