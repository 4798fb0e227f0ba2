// The structured details of PROJECT, GUIDE and TOPIC_PAGE items (专项信息) as the editor's forms hold
// them — every input a string, lists as rows — and the conversions to and from the JSON the server
// validates, chosen by kind (each kind's form and mapping: project-, guide- and
// topic-details-state.ts). The server checks everything again; here blank optional fields are
// left out, rows left entirely blank are dropped, and numbers are parsed so that a typo is named
// beside its field before a round trip. Every key the server's schemas accept has an input; keys
// they do not know (none today) pass through untouched, so the server names them.
import { type Checks, isObject, type Json, parseNumber } from "./details-json";
import {
  compactGuideForm,
  type GuideForm,
  type GuideNumberLabels,
  guideDetailsJson,
  guideFormFromJson,
} from "./guide-details-state";
import {
  compactProjectForm,
  type ProjectForm,
  type ProjectNumberLabels,
  projectDetailsJson,
  projectFormFromJson,
} from "./project-details-state";
import {
  compactTopicForm,
  isPlainTopic,
  type TopicForm,
  type TopicNumberLabels,
  topicDetailsJson,
  topicFormFromJson,
} from "./topic-details-state";

export type DetailsKind = "PROJECT" | "GUIDE" | "TOPIC_PAGE";

export const DETAILS_KINDS: readonly string[] = ["PROJECT", "GUIDE", "TOPIC_PAGE"];

export const hasDetails = (kind: string): kind is DetailsKind => DETAILS_KINDS.includes(kind);

export type DetailsForm = ProjectForm | GuideForm | TopicForm;

/** A problem found before sending, with the path the server would report ("details.landAreaM2"). */
export interface DetailsProblem {
  field: string;
  message: string;
}

/** The names numbers are given in messages (from the feature's strings). */
export type NumberLabels = ProjectNumberLabels & GuideNumberLabels & TopicNumberLabels;

export const DETAILS_MESSAGES = {
  notANumber: (label: string) => `${label}须为数字`,
  notAWholeNumber: (label: string) => `${label}须为整数`,
};

export function emptyDetailsForm(kind: DetailsKind): DetailsForm {
  return formFromDetails(kind, {});
}

/** The form for a revision's detailsJson (null or unreadable: an empty form). */
export function detailsFormFromJson(kind: DetailsKind, json: string | null | undefined): DetailsForm {
  let parsed: unknown = null;
  if (json) {
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = null;
    }
  }
  return formFromDetails(kind, isObject(parsed) ? parsed : {});
}

function formFromDetails(kind: DetailsKind, source: Json): DetailsForm {
  if (kind === "PROJECT") return projectFormFromJson(source);
  if (kind === "GUIDE") return guideFormFromJson(source);
  return topicFormFromJson(source);
}

/**
 * The form with rows left entirely blank removed (nested change rows too). Saving sends this and
 * puts it back in the form, so a row index the server reports is the row the editor sees.
 */
export function compactDetailsForm(form: DetailsForm): DetailsForm {
  if (form.kind === "PROJECT") return compactProjectForm(form);
  if (form.kind === "GUIDE") return compactGuideForm(form);
  return compactTopicForm(form);
}

export interface DetailsOutcome {
  /** The detailsJson to save ("" for none); null when problems were found. */
  json: string | null;
  problems: DetailsProblem[];
  /** The form as sent (blank rows dropped), or as typed when there are problems. */
  form: DetailsForm;
}

/**
 * The JSON to save for the form, or the problems to show first. `title` is the item's title:
 * a project's name is its title (the server refuses a name that differs).
 */
export function detailsToJson(input: DetailsForm, title: string, labels: NumberLabels): DetailsOutcome {
  // Checked as typed first, so that a problem's row number is the row on screen, and blank rows
  // the editor just added stay while the problem is fixed; dropped once the save goes ahead.
  const checked = checkAndBuild(input, title, labels);
  if (checked.problems.length > 0) return { json: null, problems: checked.problems, form: input };
  const form = compactDetailsForm(input);
  const { details } = checkAndBuild(form, title, labels);
  // A topic page left without details stays a plain page ("" clears them on the server).
  if (form.kind === "TOPIC_PAGE" && isPlainTopic(details)) return { json: "", problems: [], form };
  return { json: JSON.stringify(details), problems: [], form };
}

function checkAndBuild(form: DetailsForm, title: string, labels: NumberLabels) {
  const problems: DetailsProblem[] = [];
  const checks: Checks = {
    number(text, path, label, whole = false) {
      const value = parseNumber(text);
      if (value === undefined) return undefined;
      if (Number.isNaN(value)) problems.push({ field: `details.${path}`, message: DETAILS_MESSAGES.notANumber(label) });
      else if (whole && !Number.isInteger(value))
        problems.push({ field: `details.${path}`, message: DETAILS_MESSAGES.notAWholeNumber(label) });
      else return value;
      return undefined;
    },
    fail(path, message) {
      problems.push({ field: `details.${path}`, message });
    },
  };
  const details =
    form.kind === "PROJECT"
      ? projectDetailsJson(form, title.trim(), checks, labels)
      : form.kind === "GUIDE"
        ? guideDetailsJson(form, checks, labels)
        : topicDetailsJson(form, checks, labels);
  return { details, problems };
}
