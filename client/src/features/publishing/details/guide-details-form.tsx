// 办事指南: the key elements the inspection of government sites looks for, each a field or a list.
import type { JSX } from "solid-js";
import { publishingStrings } from "../strings";
import {
  countedStepDays,
  emptyCondition,
  emptyFaq,
  emptyFee,
  emptyLegalBasis,
  emptyMaterial,
  emptyStep,
  type GuideForm,
  parseNumber,
} from "./details-state";
import { CheckField, choicesOf, RowGroup, SelectField, TextField } from "./fields";

const strings = publishingStrings.details.guide;

type Edit = (change: (form: GuideForm) => void) => void;
type ListKey = "legalBasis" | "conditions" | "materials" | "steps" | "fees" | "faq";

/** Edits row `index` of a list; a row removed meanwhile is left alone. */
function rowEditor<K extends ListKey>(edit: Edit, list: K, index: () => number) {
  type Row = GuideForm[K][number];
  const change = (apply: (row: Row) => void) =>
    edit((f) => {
      const row = f[list][index()] as Row | undefined;
      if (row) apply(row);
    });
  return {
    text: (key: { [P in keyof Row]: Row[P] extends string ? P : never }[keyof Row]) => (value: string) =>
      change((row) => {
        (row as unknown as Record<string, unknown>)[key as string] = value;
      }),
    flag: (key: { [P in keyof Row]: Row[P] extends boolean ? P : never }[keyof Row]) => (value: boolean) =>
      change((row) => {
        (row as unknown as Record<string, unknown>)[key as string] = value;
      }),
  };
}

export function GuideDetailsForm(props: { form: GuideForm; edit: Edit }): JSX.Element {
  type Scalar = "itemName" | "category" | "implementingOrgan" | "statutoryDays" | "promisedDays";
  type Office = "officeAddress" | "officeHours" | "phone" | "onlineUrl";
  const set = (key: Scalar | Office) => (value: string) =>
    props.edit((f) => {
      f[key] = value;
    });
  const add = (list: ListKey, row: () => GuideForm[ListKey][number]) => () =>
    props.edit((f) => {
      (f[list] as unknown[]).push(row());
    });
  const remove = (list: ListKey) => (index: number) =>
    props.edit((f) => {
      f[list].splice(index, 1);
    });
  const daysSum = () => countedStepDays(props.form.steps);
  const mismatch = () => {
    const promised = parseNumber(props.form.promisedDays);
    return props.form.steps.length > 0 && promised !== undefined && promised !== daysSum();
  };
  const path = (list: ListKey, index: number, key: string) => `${list}.${index}.${key}`;

  return (
    <>
      <div class="field-grid">
        <TextField label={strings.itemName} field="itemName" value={props.form.itemName} onValue={set("itemName")} />
        <TextField
          label={strings.category}
          field="category"
          hint={strings.categoryHint}
          value={props.form.category}
          onValue={set("category")}
        />
        <TextField
          label={strings.implementingOrgan}
          field="implementingOrgan"
          value={props.form.implementingOrgan}
          onValue={set("implementingOrgan")}
        />
      </div>
      <RowGroup
        legend={strings.legalBasis}
        rowName={strings.legalBasisRow}
        field="legalBasis"
        rows={props.form.legalBasis}
        onAdd={add("legalBasis", emptyLegalBasis)}
        onRemove={remove("legalBasis")}
      >
        {(row, index) => {
          const bind = rowEditor(props.edit, "legalBasis", index);
          return (
            <div class="field-grid">
              <TextField
                label={strings.law}
                field={path("legalBasis", index(), "law")}
                value={row.law}
                onValue={bind.text("law")}
              />
              <TextField
                label={strings.article}
                field={path("legalBasis", index(), "article")}
                value={row.article}
                onValue={bind.text("article")}
              />
            </div>
          );
        }}
      </RowGroup>
      <RowGroup
        legend={strings.conditions}
        rowName={strings.condition}
        field="conditions"
        rows={props.form.conditions}
        onAdd={add("conditions", emptyCondition)}
        onRemove={remove("conditions")}
      >
        {(row, index) => (
          <TextField
            label={strings.condition}
            field={`conditions.${index()}`}
            multiline
            value={row.text}
            onValue={rowEditor(props.edit, "conditions", index).text("text")}
          />
        )}
      </RowGroup>
      <RowGroup
        legend={strings.materials}
        rowName={strings.material}
        field="materials"
        rows={props.form.materials}
        onAdd={add("materials", emptyMaterial)}
        onRemove={remove("materials")}
      >
        {(row, index) => {
          const bind = rowEditor(props.edit, "materials", index);
          const field = (key: string) => path("materials", index(), key);
          return (
            <>
              <div class="field-grid">
                <TextField
                  label={strings.materialName}
                  field={field("name")}
                  value={row.name}
                  onValue={bind.text("name")}
                />
                <SelectField
                  label={strings.materialForm}
                  field={field("form")}
                  value={row.form}
                  choices={choicesOf(strings.forms)}
                  onValue={bind.text("form")}
                />
                <TextField
                  label={strings.copies}
                  field={field("copies")}
                  inputMode="numeric"
                  value={row.copies}
                  onValue={bind.text("copies")}
                />
                <TextField
                  label={strings.materialNote}
                  field={field("note")}
                  value={row.note}
                  onValue={bind.text("note")}
                />
                <TextField
                  label={strings.templateUrl}
                  field={field("templateUrl")}
                  hint={strings.urlHint}
                  value={row.templateUrl}
                  onValue={bind.text("templateUrl")}
                />
                <TextField
                  label={strings.sampleUrl}
                  field={field("sampleUrl")}
                  hint={strings.urlHint}
                  value={row.sampleUrl}
                  onValue={bind.text("sampleUrl")}
                />
              </div>
              <CheckField label={strings.required} checked={row.required} onChecked={bind.flag("required")} />
            </>
          );
        }}
      </RowGroup>
      <RowGroup
        legend={strings.steps}
        rowName={strings.step}
        field="steps"
        rows={props.form.steps}
        onAdd={add("steps", emptyStep)}
        onRemove={remove("steps")}
      >
        {(row, index) => {
          const bind = rowEditor(props.edit, "steps", index);
          const field = (key: string) => path("steps", index(), key);
          return (
            <>
              <div class="field-grid">
                <TextField
                  label={strings.stepName}
                  field={field("name")}
                  value={row.name}
                  onValue={bind.text("name")}
                />
                <TextField
                  label={strings.actor}
                  field={field("actor")}
                  value={row.actor}
                  onValue={bind.text("actor")}
                />
                <TextField
                  label={strings.days}
                  field={field("days")}
                  inputMode="numeric"
                  value={row.days}
                  onValue={bind.text("days")}
                />
                <TextField
                  label={strings.outcome}
                  field={field("outcome")}
                  value={row.outcome}
                  onValue={bind.text("outcome")}
                />
              </div>
              <TextField
                label={strings.stepDescription}
                field={field("description")}
                multiline
                value={row.description}
                onValue={bind.text("description")}
              />
              <CheckField
                label={strings.excluded}
                checked={row.excludedFromLimit}
                onChecked={bind.flag("excludedFromLimit")}
              />
            </>
          );
        }}
      </RowGroup>
      <div class="field-grid">
        <TextField
          label={strings.statutoryDays}
          field="statutoryDays"
          inputMode="numeric"
          value={props.form.statutoryDays}
          onValue={set("statutoryDays")}
        />
        <TextField
          label={strings.promisedDays}
          field="promisedDays"
          inputMode="numeric"
          value={props.form.promisedDays}
          onValue={set("promisedDays")}
        />
      </div>
      <p class={mismatch() ? "field__error" : "field__hint"} role="status">
        {strings.daysSum(daysSum(), props.form.promisedDays)}
        {mismatch() ? ` ${strings.daysMismatch}` : ""}
      </p>
      <RowGroup
        legend={strings.fees}
        rowName={strings.fee}
        field="fees"
        hint={strings.feesHint}
        rows={props.form.fees}
        onAdd={add("fees", emptyFee)}
        onRemove={remove("fees")}
      >
        {(row, index) => {
          const bind = rowEditor(props.edit, "fees", index);
          return (
            <div class="field-grid">
              <TextField
                label={strings.feeName}
                field={path("fees", index(), "name")}
                value={row.name}
                onValue={bind.text("name")}
              />
              <TextField
                label={strings.feeAmount}
                field={path("fees", index(), "amount")}
                value={row.amount}
                onValue={bind.text("amount")}
              />
              <TextField
                label={strings.feeBasis}
                field={path("fees", index(), "basis")}
                value={row.basis}
                onValue={bind.text("basis")}
              />
            </div>
          );
        }}
      </RowGroup>
      <div class="field-grid">
        <TextField
          label={strings.officeAddress}
          field="officeAddress"
          value={props.form.officeAddress}
          onValue={set("officeAddress")}
        />
        <TextField
          label={strings.officeHours}
          field="officeHours"
          value={props.form.officeHours}
          onValue={set("officeHours")}
        />
        <TextField label={strings.phone} field="phone" type="tel" value={props.form.phone} onValue={set("phone")} />
        <TextField
          label={strings.onlineUrl}
          field="onlineUrl"
          type="url"
          value={props.form.onlineUrl}
          onValue={set("onlineUrl")}
        />
      </div>
      <RowGroup
        legend={strings.faq}
        rowName={strings.faqRow}
        field="faq"
        rows={props.form.faq}
        onAdd={add("faq", emptyFaq)}
        onRemove={remove("faq")}
      >
        {(row, index) => {
          const bind = rowEditor(props.edit, "faq", index);
          return (
            <>
              <TextField
                label={strings.question}
                field={path("faq", index(), "question")}
                value={row.question}
                onValue={bind.text("question")}
              />
              <TextField
                label={strings.answer}
                field={path("faq", index(), "answer")}
                multiline
                value={row.answer}
                onValue={bind.text("answer")}
              />
            </>
          );
        }}
      </RowGroup>
    </>
  );
}
