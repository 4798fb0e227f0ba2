// The editor's 专项信息 section: the form for the item's kind, and every problem of the last save
// listed at its top (each is also shown beside its field when the form has that field).
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { publishingStrings } from "../strings";
import type { DetailsForm, DetailsProblem, NumberLabels } from "./details-state";
import { DetailsProblems } from "./fields";
import { GuideDetailsForm } from "./guide-details-form";
import type { GuideForm } from "./guide-details-state";
import { ProjectDetailsForm } from "./project-details-form";
import type { ProjectForm } from "./project-details-state";
import { TopicDetailsForm } from "./topic-details-form";
import type { TopicForm } from "./topic-details-state";
import "./details.css";

const strings = publishingStrings.details;

/** How numbers are named in the client's own messages: as their inputs are labelled. */
export const DETAILS_NUMBER_LABELS: NumberLabels = {
  measures: strings.project.measures,
  lng: strings.project.lng,
  lat: strings.project.lat,
  copies: strings.guide.copies,
  days: strings.guide.days,
  statutoryDays: strings.guide.statutoryDays,
  promisedDays: strings.guide.promisedDays,
  extent: strings.topic.extent,
};

// biome-ignore lint/suspicious/noExplicitAny: each form narrows the change to its own kind
type AnyEdit = (change: (form: any) => void) => void;

export function DetailsSection(props: {
  form: DetailsForm;
  edit: AnyEdit;
  problems: readonly DetailsProblem[];
}): JSX.Element {
  return (
    <fieldset class="field-group details-section">
      <legend class="field__label">{strings.heading}</legend>
      <Show when={props.problems.length > 0}>
        <div class="form-error" id="details-problems" role="alert" tabindex="-1">
          <p>{strings.problemsHeading}</p>
          <ul>
            <For each={props.problems}>{(problem) => <li>{problem.message}</li>}</For>
          </ul>
        </div>
      </Show>
      <DetailsProblems.Provider value={() => props.problems}>
        <Switch>
          <Match when={props.form.kind === "PROJECT"}>
            <ProjectDetailsForm form={props.form as ProjectForm} edit={props.edit} />
          </Match>
          <Match when={props.form.kind === "GUIDE"}>
            <GuideDetailsForm form={props.form as GuideForm} edit={props.edit} />
          </Match>
          <Match when={props.form.kind === "TOPIC_PAGE"}>
            <TopicDetailsForm form={props.form as TopicForm} edit={props.edit} />
          </Match>
        </Switch>
      </DetailsProblems.Provider>
    </fieldset>
  );
}
