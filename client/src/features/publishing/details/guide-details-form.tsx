// 办事指南: the key elements the inspection of government sites looks for, each a field or a list,
// and the guide's address (slug) and related laws.
import type { JSX } from "solid-js";
import { publishingStrings } from "../strings";
import { parseNumber } from "./details-json";
import { CheckField, choicesOf, RepeatableRows, SelectField, TextField } from "./fields";
import {
  countedStepDays,
  emptyCondition,
  emptyFaq,
  emptyFee,
  emptyLegalBasis,
  emptyMaterial,
  emptyRelatedLaw,
  emptyStep,
  type GuideForm,
} from "./guide-details-state";

const detailsStrings = publishingStrings.details;
const strings = detailsStrings.guide;

type Edit = (change: (form: GuideForm) => void) => void;
type ListKey = "legalBasis" | "conditions" | "materials" | "steps" | "fees" | "faq" | "relatedLaws";

export function GuideDetailsForm(props: { form: GuideForm; edit: Edit }): JSX.Element {
  type Scalar = "slug" | "itemName" | "category" | "implementingOrgan" | "statutoryDays" | "promisedDays";
  type Office = "officeAddress" | "officeHours" | "phone" | "onlineUrl";
  const set = (key: Scalar | Office) => (value: string) =>
    props.edit((f) => {
      f[key] = value;
    });
  /** The editor of one list of the form, for RepeatableRows. */
  const list =
    <K extends ListKey>(key: K) =>
    (change: (rows: GuideForm[K]) => void) =>
      props.edit((f) => change(f[key]));
  const daysSum = () => countedStepDays(props.form.steps);
  const mismatch = () => {
    const promised = parseNumber(props.form.promisedDays);
    return props.form.steps.length > 0 && promised !== undefined && promised !== daysSum();
  };
  const path = (key: ListKey, index: number, field: string) => `${key}.${index}.${field}`;

  return (
    <>
      <div class="field-grid">
        <TextField label={strings.itemName} field="itemName" value={props.form.itemName} onValue={set("itemName")} />
        <TextField
          label={detailsStrings.slug}
          field="slug"
          hint={detailsStrings.slugHint}
          value={props.form.slug}
          onValue={set("slug")}
        />
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
      <RepeatableRows
        legend={strings.legalBasis}
        rowName={strings.legalBasisRow}
        field="legalBasis"
        rows={props.form.legalBasis}
        edit={list("legalBasis")}
        newRow={emptyLegalBasis}
      >
        {(row, index, bind) => (
          <div class="field-grid">
            <TextField
              label={strings.law}
              field={path("legalBasis", index(), "law")}
              value={row.law}
              onValue={bind.set("law")}
            />
            <TextField
              label={strings.article}
              field={path("legalBasis", index(), "article")}
              value={row.article}
              onValue={bind.set("article")}
            />
          </div>
        )}
      </RepeatableRows>
      <RepeatableRows
        legend={strings.conditions}
        rowName={strings.condition}
        field="conditions"
        rows={props.form.conditions}
        edit={list("conditions")}
        newRow={emptyCondition}
      >
        {(row, index, bind) => (
          <TextField
            label={strings.condition}
            field={`conditions.${index()}`}
            multiline
            value={row.text}
            onValue={bind.set("text")}
          />
        )}
      </RepeatableRows>
      <RepeatableRows
        legend={strings.materials}
        rowName={strings.material}
        field="materials"
        rows={props.form.materials}
        edit={list("materials")}
        newRow={emptyMaterial}
      >
        {(row, index, bind) => {
          const field = (key: string) => path("materials", index(), key);
          return (
            <>
              <div class="field-grid">
                <TextField
                  label={strings.materialName}
                  field={field("name")}
                  value={row.name}
                  onValue={bind.set("name")}
                />
                <SelectField
                  label={strings.materialForm}
                  field={field("form")}
                  value={row.form}
                  choices={choicesOf(strings.forms)}
                  onValue={bind.set("form")}
                />
                <TextField
                  label={strings.copies}
                  field={field("copies")}
                  inputMode="numeric"
                  value={row.copies}
                  onValue={bind.set("copies")}
                />
                <TextField
                  label={strings.materialNote}
                  field={field("note")}
                  value={row.note}
                  onValue={bind.set("note")}
                />
                <TextField
                  label={strings.templateUrl}
                  field={field("templateUrl")}
                  hint={strings.urlHint}
                  value={row.templateUrl}
                  onValue={bind.set("templateUrl")}
                />
                <TextField
                  label={strings.sampleUrl}
                  field={field("sampleUrl")}
                  hint={strings.urlHint}
                  value={row.sampleUrl}
                  onValue={bind.set("sampleUrl")}
                />
              </div>
              <CheckField label={strings.required} checked={row.required} onChecked={bind.set("required")} />
            </>
          );
        }}
      </RepeatableRows>
      <RepeatableRows
        legend={strings.steps}
        rowName={strings.step}
        field="steps"
        rows={props.form.steps}
        edit={list("steps")}
        newRow={emptyStep}
      >
        {(row, index, bind) => {
          const field = (key: string) => path("steps", index(), key);
          return (
            <>
              <div class="field-grid">
                <TextField label={strings.stepName} field={field("name")} value={row.name} onValue={bind.set("name")} />
                <TextField label={strings.actor} field={field("actor")} value={row.actor} onValue={bind.set("actor")} />
                <TextField
                  label={strings.days}
                  field={field("days")}
                  inputMode="numeric"
                  value={row.days}
                  onValue={bind.set("days")}
                />
                <TextField
                  label={strings.outcome}
                  field={field("outcome")}
                  value={row.outcome}
                  onValue={bind.set("outcome")}
                />
              </div>
              <TextField
                label={strings.stepDescription}
                field={field("description")}
                multiline
                value={row.description}
                onValue={bind.set("description")}
              />
              <CheckField
                label={strings.excluded}
                checked={row.excludedFromLimit}
                onChecked={bind.set("excludedFromLimit")}
              />
            </>
          );
        }}
      </RepeatableRows>
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
      <RepeatableRows
        legend={strings.fees}
        rowName={strings.fee}
        field="fees"
        hint={strings.feesHint}
        rows={props.form.fees}
        edit={list("fees")}
        newRow={emptyFee}
      >
        {(row, index, bind) => (
          <div class="field-grid">
            <TextField
              label={strings.feeName}
              field={path("fees", index(), "name")}
              value={row.name}
              onValue={bind.set("name")}
            />
            <TextField
              label={strings.feeAmount}
              field={path("fees", index(), "amount")}
              value={row.amount}
              onValue={bind.set("amount")}
            />
            <TextField
              label={strings.feeBasis}
              field={path("fees", index(), "basis")}
              value={row.basis}
              onValue={bind.set("basis")}
            />
          </div>
        )}
      </RepeatableRows>
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
      <RepeatableRows
        legend={strings.faq}
        rowName={strings.faqRow}
        field="faq"
        rows={props.form.faq}
        edit={list("faq")}
        newRow={emptyFaq}
      >
        {(row, index, bind) => (
          <>
            <TextField
              label={strings.question}
              field={path("faq", index(), "question")}
              value={row.question}
              onValue={bind.set("question")}
            />
            <TextField
              label={strings.answer}
              field={path("faq", index(), "answer")}
              multiline
              value={row.answer}
              onValue={bind.set("answer")}
            />
          </>
        )}
      </RepeatableRows>
      <RepeatableRows
        legend={strings.relatedLaws}
        rowName={strings.relatedLaw}
        field="relatedLaws"
        rows={props.form.relatedLaws}
        edit={list("relatedLaws")}
        newRow={emptyRelatedLaw}
      >
        {(row, index, bind) => (
          <div class="field-grid">
            <TextField
              label={strings.relatedLawName}
              field={path("relatedLaws", index(), "name")}
              value={row.name}
              onValue={bind.set("name")}
            />
            <TextField
              label={strings.relatedLawUrl}
              field={path("relatedLaws", index(), "url")}
              type="url"
              hint={strings.relatedLawUrlHint}
              value={row.url}
              onValue={bind.set("url")}
            />
          </div>
        )}
      </RepeatableRows>
    </>
  );
}
