// 项目信息: the project's scalar fields, its location as a point, its permits and quarterly progress.
import { For, type JSX, Show } from "solid-js";
// The city's districts and the land-use classification are the server's data files (plain lists,
// no imports): the form offers exactly what the server accepts. The facets query lists only the
// land-use classes already in use, so it cannot serve a new project.
import { DISTRICTS } from "../../../../../server/src/modules/projects/districts";
import { LAND_USE_CLASSES } from "../../../../../server/src/modules/projects/land-use-classes";
import { publishingStrings } from "../strings";
import {
  emptyPermit,
  emptyPermitChange,
  emptyProgress,
  type PermitRow,
  PROJECT_MEASURES,
  type ProjectForm,
} from "./details-state";
import { CheckField, type Choice, choicesOf, RowGroup, SelectField, TextField } from "./fields";

const strings = publishingStrings.details.project;

const DISTRICT_CHOICES: Choice[] = DISTRICTS.map((d) => ({ value: d.name, label: d.name }));
/** Indented by level (07 → 0701 → 070101), code first: staff copy codes from permits. */
const LAND_USE_CHOICES: Choice[] = LAND_USE_CLASSES.map((c) => ({
  value: c.code,
  label: `${"　".repeat(c.code.length / 2 - 1)}${c.code} ${c.name}`,
}));

export function ProjectDetailsForm(props: {
  form: ProjectForm;
  edit: (change: (form: ProjectForm) => void) => void;
}): JSX.Element {
  const set =
    (key: "code" | "applicant" | "district" | "address" | "landUseClass" | "stage" | "hotArea") => (value: string) =>
      props.edit((f) => {
        f[key] = value;
      });
  return (
    <>
      <p class="field__hint">{strings.nameHint}</p>
      <div class="field-grid">
        <TextField
          label={strings.code}
          field="code"
          value={props.form.code}
          onValue={set("code")}
          hint={strings.codeHint}
        />
        <TextField
          label={strings.applicant}
          field="applicant"
          value={props.form.applicant}
          onValue={set("applicant")}
        />
        <SelectField
          label={strings.district}
          field="district"
          value={props.form.district}
          choices={DISTRICT_CHOICES}
          onValue={set("district")}
        />
        <TextField label={strings.address} field="address" value={props.form.address} onValue={set("address")} />
        <SelectField
          label={strings.stage}
          field="stage"
          value={props.form.stage}
          choices={choicesOf(strings.stages)}
          onValue={set("stage")}
        />
        <SelectField
          label={strings.landUseClass}
          field="landUseClass"
          value={props.form.landUseClass}
          choices={LAND_USE_CHOICES}
          onValue={set("landUseClass")}
        />
      </div>
      <fieldset class="field-group" data-field="details.location">
        <legend class="field__label">{strings.location}</legend>
        <Show when={props.form.polygon}>
          <p class="inline-note">{strings.polygonKept}</p>
        </Show>
        <div class="field-grid">
          <TextField
            label={strings.lng}
            field="location"
            inputMode="decimal"
            value={props.form.lng}
            onValue={(v) =>
              props.edit((f) => {
                f.lng = v;
              })
            }
          />
          <TextField
            label={strings.lat}
            field="location.coordinates"
            inputMode="decimal"
            value={props.form.lat}
            onValue={(v) =>
              props.edit((f) => {
                f.lat = v;
              })
            }
          />
        </div>
      </fieldset>
      <div class="field-grid">
        <For each={PROJECT_MEASURES}>
          {(key) => (
            <TextField
              label={strings.measures[key]}
              field={key}
              inputMode="decimal"
              value={props.form[key]}
              onValue={(v) =>
                props.edit((f) => {
                  f[key] = v;
                })
              }
            />
          )}
        </For>
      </div>
      <CheckField
        label={strings.keyProject}
        checked={props.form.keyProject}
        onChecked={(checked) =>
          props.edit((f) => {
            f.keyProject = checked;
          })
        }
      />
      <TextField
        label={strings.hotArea}
        field="hotArea"
        hint={strings.hotAreaHint}
        value={props.form.hotArea}
        onValue={set("hotArea")}
      />
      <RowGroup
        legend={strings.permits}
        rowName={strings.permit}
        field="permits"
        rows={props.form.permits}
        onAdd={() =>
          props.edit((f) => {
            f.permits.push(emptyPermit());
          })
        }
        onRemove={(i) =>
          props.edit((f) => {
            f.permits.splice(i, 1);
          })
        }
      >
        {(permit, index) => <PermitFields permit={permit} index={index()} edit={props.edit} />}
      </RowGroup>
      <RowGroup
        legend={strings.progress}
        rowName={strings.progressRow}
        field="progress"
        rows={props.form.progress}
        onAdd={() =>
          props.edit((f) => {
            f.progress.push(emptyProgress());
          })
        }
        onRemove={(i) =>
          props.edit((f) => {
            f.progress.splice(i, 1);
          })
        }
      >
        {(row, index) => {
          const edit = (change: (r: ProjectForm["progress"][number]) => void) =>
            props.edit((f) => {
              const target = f.progress[index()];
              if (target) change(target);
            });
          const bind = (key: keyof ProjectForm["progress"][number]) => (value: string) =>
            edit((r) => {
              r[key] = value;
            });
          return (
            <div class="field-grid">
              <TextField
                label={strings.quarter}
                field={`progress.${index()}.quarter`}
                value={row.quarter}
                onValue={bind("quarter")}
              />
              <SelectField
                label={strings.progressStage}
                field={`progress.${index()}.stage`}
                value={row.stage}
                choices={choicesOf(strings.stages)}
                onValue={bind("stage")}
              />
              <TextField
                label={strings.progressNote}
                field={`progress.${index()}.note`}
                multiline
                value={row.note}
                onValue={bind("note")}
              />
            </div>
          );
        }}
      </RowGroup>
    </>
  );
}

function PermitFields(props: {
  permit: PermitRow;
  index: number;
  edit: (change: (form: ProjectForm) => void) => void;
}): JSX.Element {
  const path = (key: string) => `permits.${props.index}.${key}`;
  const edit = (change: (permit: PermitRow) => void) =>
    props.edit((f) => {
      const target = f.permits[props.index];
      if (target) change(target);
    });
  const bind = (key: "type" | "number" | "issuedOn" | "issuingOrgan" | "scope" | "status") => (value: string) =>
    edit((p) => {
      p[key] = value;
    });
  return (
    <>
      <div class="field-grid">
        <SelectField
          label={strings.permitType}
          field={path("type")}
          value={props.permit.type}
          choices={choicesOf(strings.permitTypes)}
          onValue={bind("type")}
        />
        <TextField
          label={strings.permitNumber}
          field={path("number")}
          value={props.permit.number}
          onValue={bind("number")}
        />
        <TextField
          label={strings.issuedOn}
          field={path("issuedOn")}
          type="date"
          value={props.permit.issuedOn}
          onValue={bind("issuedOn")}
        />
        <TextField
          label={strings.issuingOrgan}
          field={path("issuingOrgan")}
          value={props.permit.issuingOrgan}
          onValue={bind("issuingOrgan")}
        />
        <SelectField
          label={strings.permitStatus}
          field={path("status")}
          value={props.permit.status}
          choices={choicesOf(strings.permitStatuses)}
          onValue={bind("status")}
        />
      </div>
      <TextField
        label={strings.scope}
        field={path("scope")}
        multiline
        value={props.permit.scope}
        onValue={bind("scope")}
      />
      <RowGroup
        legend={strings.changes}
        rowName={strings.change}
        field={path("changes")}
        rows={props.permit.changes}
        onAdd={() =>
          edit((p) => {
            p.changes.push(emptyPermitChange());
          })
        }
        onRemove={(i) =>
          edit((p) => {
            p.changes.splice(i, 1);
          })
        }
      >
        {(change, i) => {
          const editChange = (apply: (c: PermitRow["changes"][number]) => void) =>
            edit((p) => {
              const target = p.changes[i()];
              if (target) apply(target);
            });
          const bindChange = (key: keyof PermitRow["changes"][number]) => (value: string) =>
            editChange((c) => {
              c[key] = value;
            });
          return (
            <div class="field-grid">
              <TextField
                label={strings.changeOn}
                field={path(`changes.${i()}.on`)}
                type="date"
                value={change.on}
                onValue={bindChange("on")}
              />
              <TextField
                label={strings.changeWhat}
                field={path(`changes.${i()}.what`)}
                value={change.what}
                onValue={bindChange("what")}
              />
              <TextField
                label={strings.changeReason}
                field={path(`changes.${i()}.reason`)}
                value={change.reason}
                onValue={bindChange("reason")}
              />
            </div>
          );
        }}
      </RowGroup>
    </>
  );
}
