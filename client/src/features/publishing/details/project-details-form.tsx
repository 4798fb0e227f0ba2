// 项目信息: the project's scalar fields, its location (a point or a polygon), images, documents,
// related publicity and news, 3D model, permits and quarterly progress.
import { createQuery } from "@urql/solid";
import { For, type JSX } from "solid-js";
// The city's districts and the land-use classification are the server's data files (plain lists,
// no imports): the form offers exactly what the server accepts. The facets query lists only the
// land-use classes already in use, so it cannot serve a new project.
import { DISTRICTS } from "../../../../../server/src/modules/projects/districts";
import { LAND_USE_CLASSES } from "../../../../../server/src/modules/projects/land-use-classes";
import { graphql } from "../../../lib/graphql";
import { areaName } from "../../projects/filter-options";
import { publishingStrings } from "../strings";
import { ContentRefRows } from "./content-refs";
import { CheckField, type Choice, choicesOf, RepeatableRows, SelectField, TextField } from "./fields";
import { LocationFields } from "./location-fields";
import { MediaRows, ModelUrlField } from "./media-rows";
import {
  emptyPermit,
  emptyPermitChange,
  emptyProgress,
  type PermitRow,
  PROJECT_MEASURES,
  type ProjectForm,
  relatedGlobalId,
} from "./project-details-state";

const strings = publishingStrings.details.project;

const DISTRICT_CHOICES: Choice[] = DISTRICTS.map((d) => ({ value: d.name, label: d.name }));
/** Indented by level (07 → 0701 → 070101), code first: staff copy codes from permits. */
const LAND_USE_CHOICES: Choice[] = LAND_USE_CLASSES.map((c) => ({
  value: c.code,
  label: `${"　".repeat(c.code.length / 2 - 1)}${c.code} ${c.name}`,
}));

/** A project's hot area is one of the published 热点区域 pages (the server refuses any other). */
const HotAreasQuery = graphql(`
  query DetailsHotAreas {
    topics(type: HOT_AREA) {
      id
      slug
      title
    }
  }
`);

export function ProjectDetailsForm(props: {
  form: ProjectForm;
  edit: (change: (form: ProjectForm) => void) => void;
}): JSX.Element {
  const set =
    (key: "code" | "applicant" | "district" | "address" | "landUseClass" | "stage" | "hotArea") => (value: string) =>
      props.edit((f) => {
        f[key] = value;
      });
  const [hotAreas] = createQuery({ query: HotAreasQuery, requestPolicy: "cache-and-network" });
  // A saved hot area whose page is offline stays selectable (SelectField keeps unknown values).
  const hotAreaChoices = (): Choice[] =>
    (hotAreas.data?.topics ?? []).flatMap((topic) =>
      topic.slug ? [{ value: topic.slug, label: `${areaName(topic.title)}（${topic.slug}）` }] : [],
    );
  /** The editor of one list of the form, for RepeatableRows. */
  const list =
    <K extends "images" | "documents" | "related" | "permits" | "progress">(key: K) =>
    (change: (rows: ProjectForm[K]) => void) =>
      props.edit((f) => change(f[key]));
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
      <LocationFields form={props.form} edit={props.edit} />
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
      <SelectField
        label={strings.hotArea}
        field="hotArea"
        value={props.form.hotArea}
        choices={hotAreaChoices()}
        onValue={set("hotArea")}
      />
      <MediaRows
        variant="images"
        legend={strings.images}
        rowName={strings.image}
        nameLabel={strings.imageName}
        uploadLabel={strings.imagesUpload}
        linkLabel={strings.imageLink}
        rows={props.form.images}
        edit={list("images")}
      />
      <MediaRows
        variant="documents"
        legend={strings.documents}
        rowName={strings.document}
        nameLabel={strings.documentName}
        uploadLabel={strings.documentsUpload}
        linkLabel={strings.documentLink}
        rows={props.form.documents}
        edit={list("documents")}
      />
      <ContentRefRows
        legend={strings.related}
        rowName={strings.relatedRow}
        field="related"
        rows={props.form.related}
        edit={list("related")}
        // The global id, as the API gives it (the server stores the database id). A row of a
        // draft kept on this device before may still hold a database id.
        refOf={(item) => item.id}
        lookup={(ref) => ({ id: relatedGlobalId(ref) })}
      />
      <ModelUrlField
        label={strings.modelUrl}
        hint={strings.modelUrlHint}
        uploadLabel={strings.modelUpload}
        value={props.form.modelUrl}
        onValue={(v) =>
          props.edit((f) => {
            f.modelUrl = v;
          })
        }
      />
      <RepeatableRows
        legend={strings.permits}
        rowName={strings.permit}
        field="permits"
        rows={props.form.permits}
        edit={list("permits")}
        newRow={emptyPermit}
      >
        {(permit, index, edit) => <PermitFields permit={permit} index={index()} edit={edit.change} />}
      </RepeatableRows>
      <RepeatableRows
        legend={strings.progress}
        rowName={strings.progressRow}
        field="progress"
        rows={props.form.progress}
        edit={list("progress")}
        newRow={emptyProgress}
      >
        {(row, index, edit) => (
          <div class="field-grid">
            <TextField
              label={strings.quarter}
              field={`progress.${index()}.quarter`}
              value={row.quarter}
              onValue={edit.set("quarter")}
            />
            <SelectField
              label={strings.progressStage}
              field={`progress.${index()}.stage`}
              value={row.stage}
              choices={choicesOf(strings.stages)}
              onValue={edit.set("stage")}
            />
            <TextField
              label={strings.progressNote}
              field={`progress.${index()}.note`}
              multiline
              value={row.note}
              onValue={edit.set("note")}
            />
          </div>
        )}
      </RepeatableRows>
    </>
  );
}

function PermitFields(props: {
  permit: PermitRow;
  index: number;
  edit: (change: (permit: PermitRow) => void) => void;
}): JSX.Element {
  const path = (key: string) => `permits.${props.index}.${key}`;
  const bind = (key: "type" | "number" | "issuedOn" | "issuingOrgan" | "scope" | "status") => (value: string) =>
    props.edit((p) => {
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
      <RepeatableRows
        legend={strings.changes}
        rowName={strings.change}
        field={path("changes")}
        rows={props.permit.changes}
        edit={(change) => props.edit((p) => change(p.changes))}
        newRow={emptyPermitChange}
      >
        {(change, i, edit) => (
          <div class="field-grid">
            <TextField
              label={strings.changeOn}
              field={path(`changes.${i()}.on`)}
              type="date"
              value={change.on}
              onValue={edit.set("on")}
            />
            <TextField
              label={strings.changeWhat}
              field={path(`changes.${i()}.what`)}
              value={change.what}
              onValue={edit.set("what")}
            />
            <TextField
              label={strings.changeReason}
              field={path(`changes.${i()}.reason`)}
              value={change.reason}
              onValue={edit.set("reason")}
            />
          </div>
        )}
      </RepeatableRows>
    </>
  );
}
