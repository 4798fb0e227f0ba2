// 项目位置: a point, or the 用地范围 as a list of vertices (WGS-84, as surveys and the approval
// system give them). Drawing on the map belongs to the map's own issue; this is what works on any
// phone, offline included, and what staff copy coordinates into.
import { createUniqueId, For, type JSX, Show } from "solid-js";
import { publishingStrings } from "../strings";
import { FieldProblem, RepeatableRows, TextField } from "./fields";
import { emptyVertex, type LocationType, type ProjectForm, type VertexRow } from "./project-details-state";

const strings = publishingStrings.details.project;

const LOCATION_TYPES: readonly LocationType[] = ["Point", "Polygon"];
/** A polygon needs three corners: switching to an empty one offers three rows. */
const FIRST_VERTICES = 3;

export function LocationFields(props: {
  form: ProjectForm;
  edit: (change: (form: ProjectForm) => void) => void;
}): JSX.Element {
  const name = createUniqueId();
  const choose = (type: LocationType) =>
    props.edit((f) => {
      f.locationType = type;
      if (type === "Polygon" && f.vertices.length === 0) {
        f.vertices = Array.from({ length: FIRST_VERTICES }, emptyVertex);
      }
    });
  const setPoint = (key: "lng" | "lat") => (value: string) =>
    props.edit((f) => {
      f[key] = value;
    });
  return (
    <fieldset class="field-group" data-field="details.location">
      <legend class="field__label">{strings.location}</legend>
      <div class="details-choice">
        <For each={LOCATION_TYPES}>
          {(type) => (
            <label class="switch">
              <input
                type="radio"
                name={name}
                value={type}
                checked={props.form.locationType === type}
                onChange={() => choose(type)}
              />
              <span>{strings.locationTypes[type]}</span>
            </label>
          )}
        </For>
      </div>
      <p class="field__hint">{strings.locationTypeHint}</p>
      <Show
        when={props.form.locationType === "Polygon"}
        fallback={
          <div class="field-grid">
            <TextField
              label={strings.lng}
              field="location"
              inputMode="decimal"
              value={props.form.lng}
              onValue={setPoint("lng")}
            />
            <TextField
              label={strings.lat}
              field="location.coordinates"
              inputMode="decimal"
              value={props.form.lat}
              onValue={setPoint("lat")}
            />
          </div>
        }
      >
        <FieldProblem field="location" />
        <FieldProblem field="location.coordinates" />
        <Show when={props.form.holes.length > 0}>
          <p class="inline-note">{strings.holesKept(props.form.holes.length)}</p>
        </Show>
        <RepeatableRows
          legend={strings.vertices}
          rowName={strings.vertex}
          field="location.coordinates.0"
          hint={strings.verticesHint}
          rows={props.form.vertices}
          edit={(change) => props.edit((f) => change(f.vertices))}
          newRow={emptyVertex}
        >
          {(vertex: VertexRow, index, edit) => (
            <div class="field-grid field-grid--pair">
              {/* The server names a bad vertex by its position: its problem shows under 经度. */}
              <TextField
                label={strings.lng}
                field={`location.coordinates.0.${index()}`}
                inputMode="decimal"
                value={vertex.lng}
                onValue={edit.set("lng")}
              />
              <TextField
                label={strings.lat}
                field={`location.coordinates.0.${index()}.1`}
                inputMode="decimal"
                value={vertex.lat}
                onValue={edit.set("lat")}
              />
            </div>
          )}
        </RepeatableRows>
      </Show>
    </fieldset>
  );
}
