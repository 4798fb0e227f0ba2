// 专题 and 热点区域: what the page is, where it is on the map, which projects belong to it.
import type { JSX } from "solid-js";
import { publishingStrings } from "../strings";
import type { TopicForm } from "./details-state";
import { choicesOf, RowGroup, SelectField, TextField } from "./fields";

const strings = publishingStrings.details.topic;

type Edit = (change: (form: TopicForm) => void) => void;

export function TopicDetailsForm(props: { form: TopicForm; edit: Edit }): JSX.Element {
  const set = (key: "type" | "west" | "south" | "east" | "north") => (value: string) =>
    props.edit((f) => {
      f[key] = value;
    });
  return (
    <>
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
      <RowGroup
        legend={strings.relatedProjects}
        rowName={strings.relatedProject}
        field="relatedProjectCodes"
        rows={props.form.relatedProjectCodes}
        onAdd={() =>
          props.edit((f) => {
            f.relatedProjectCodes.push({ code: "" });
          })
        }
        onRemove={(index) =>
          props.edit((f) => {
            f.relatedProjectCodes.splice(index, 1);
          })
        }
      >
        {(row, index) => (
          <TextField
            label={strings.relatedProject}
            field={`relatedProjectCodes.${index()}`}
            value={row.code}
            onValue={(value) =>
              props.edit((f) => {
                const target = f.relatedProjectCodes[index()];
                if (target) target.code = value;
              })
            }
          />
        )}
      </RowGroup>
    </>
  );
}
