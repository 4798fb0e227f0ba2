// 专题 and 热点区域: what the page is, where it is on the map (extent, layers), and what belongs to
// it: projects by code, published content items, service guides.
import type { JSX } from "solid-js";
import { publishingStrings } from "../strings";
import { ContentRefRows } from "./content-refs";
import { choicesOf, RepeatableRows, SelectField, TextField } from "./fields";
import type { TopicForm } from "./topic-details-state";

const detailsStrings = publishingStrings.details;
const strings = detailsStrings.topic;

type Edit = (change: (form: TopicForm) => void) => void;

export function TopicDetailsForm(props: { form: TopicForm; edit: Edit }): JSX.Element {
  const set = (key: "slug" | "type" | "west" | "south" | "east" | "north") => (value: string) =>
    props.edit((f) => {
      f[key] = value;
    });
  /** The editor of one list of the form, for RepeatableRows. */
  const list =
    <K extends "layers" | "relatedProjectCodes" | "relatedItems" | "relatedGuides">(key: K) =>
    (change: (rows: TopicForm[K]) => void) =>
      props.edit((f) => change(f[key]));
  return (
    <>
      <TextField
        label={detailsStrings.slug}
        field="slug"
        hint={detailsStrings.slugHint}
        value={props.form.slug}
        onValue={set("slug")}
      />
      <SelectField
        label={strings.type}
        field="type"
        value={props.form.type}
        choices={choicesOf(strings.types)}
        onValue={set("type")}
      />
      <fieldset class="field-group" data-field="details.extent">
        <legend class="field__label">{strings.extent}</legend>
        <p class="field__hint">{strings.extentHint}</p>
        <div class="field-grid">
          <TextField
            label={strings.west}
            field="extent"
            inputMode="decimal"
            value={props.form.west}
            onValue={set("west")}
          />
          <TextField
            label={strings.south}
            field="extent.1"
            inputMode="decimal"
            value={props.form.south}
            onValue={set("south")}
          />
          <TextField
            label={strings.east}
            field="extent.2"
            inputMode="decimal"
            value={props.form.east}
            onValue={set("east")}
          />
          <TextField
            label={strings.north}
            field="extent.3"
            inputMode="decimal"
            value={props.form.north}
            onValue={set("north")}
          />
        </div>
      </fieldset>
      <RepeatableRows
        legend={strings.layers}
        rowName={strings.layer}
        field="layers"
        hint={strings.layersHint}
        rows={props.form.layers}
        edit={list("layers")}
        newRow={() => ({ id: "" })}
      >
        {(row, index, edit) => (
          <TextField label={strings.layer} field={`layers.${index()}`} value={row.id} onValue={edit.set("id")} />
        )}
      </RepeatableRows>
      <RepeatableRows
        legend={strings.relatedProjects}
        rowName={strings.relatedProject}
        field="relatedProjectCodes"
        rows={props.form.relatedProjectCodes}
        edit={list("relatedProjectCodes")}
        newRow={() => ({ code: "" })}
      >
        {(row, index, edit) => (
          <TextField
            label={strings.relatedProject}
            field={`relatedProjectCodes.${index()}`}
            value={row.code}
            onValue={edit.set("code")}
          />
        )}
      </RepeatableRows>
      <ContentRefRows
        legend={strings.relatedItems}
        rowName={strings.relatedItem}
        field="relatedItemIds"
        rows={props.form.relatedItems}
        edit={list("relatedItems")}
        // The topic schema stores global ids, as the API gives them.
        refOf={(item) => item.id}
        lookup={(id) => ({ id })}
      />
      <ContentRefRows
        legend={strings.relatedGuides}
        rowName={strings.relatedGuide}
        field="relatedGuideSlugs"
        kind="GUIDE"
        rows={props.form.relatedGuides}
        edit={list("relatedGuides")}
        // A published guide has its slug (settled on publication); the page links by it.
        refOf={(item) => item.slug ?? null}
        lookup={(slug) => ({ slug })}
      />
    </>
  );
}
