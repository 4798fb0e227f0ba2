import { A } from "@solidjs/router";
import { createUniqueId, type JSX, Show } from "solid-js";
import { PageHeading } from "../../lib/page-heading";
import { AttachmentsField } from "./attachments-field";
import { createLetterChallenge } from "./challenge-state";
import { ChoiceField, FormSection, SelectField, TextAreaField, TextField } from "./form-controls";
import { createLetterDraft } from "./letter-draft";
import {
  APPLICANT_TYPES,
  type ApplicantType,
  DELIVERIES,
  DISCLOSURE_FIELD_ORDER,
  type DisclosureDelivery,
  type DisclosureFormat,
  emptyDisclosure,
  FORMATS,
  ID_TYPES,
  type IdType,
  LIMITS,
  textLength,
  validateDisclosure,
} from "./letter-form";
import { DraftFrame, FormFooter } from "./letter-form-frame";
import "./letters.css";
import { WRITE_LETTER_PATH } from "./paths";
import { lettersStrings } from "./strings";

const strings = lettersStrings.form;
const d = lettersStrings.disclosure;

/**
 * /letters/disclosure-request — 政府信息公开申请 (条例 第二十九条): who applies and how to reach
 * them, the information wanted, and in what form and how it is to be delivered.
 */
export default function DisclosureRequestPage() {
  const challenge = createLetterChallenge();
  const draft = createLetterDraft({
    kind: "disclosure",
    empty: emptyDisclosure,
    validate: validateDisclosure,
    order: DISCLOSURE_FIELD_ORDER,
    challenge,
  });
  const id = createUniqueId();
  const field = (name: string) => `${id}-${name}`;
  const values = () => draft.values();
  const citizen = () => values().applicantType === "CITIZEN";
  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    void draft.submit();
  };

  return (
    <section class="page letters-page">
      <PageHeading>{strings.disclosureTitle}</PageHeading>
      <p class="page-intro">{strings.disclosureIntro}</p>
      <A href={WRITE_LETTER_PATH} class="letters-crosslink">
        {strings.toLetter}
      </A>
      <DraftFrame draft={draft}>
        <form class="form letter-form" noValidate onSubmit={onSubmit} aria-describedby={field("privacy")}>
          <Show when={draft.restored()}>
            <p class="inline-note">{strings.draftRestored}</p>
          </Show>
          <FormSection title={d.applicant}>
            <ChoiceField<ApplicantType>
              id={field("applicantType")}
              name="applicantType"
              label={d.applicantType}
              required
              choices={APPLICANT_TYPES.map((type) => ({ value: type, label: d.applicantTypes[type] }))}
              value={values().applicantType}
              onChange={(type) => draft.set("applicantType", type)}
              error={draft.error("applicantType")}
              ref={draft.register("applicantType")}
            />
            <TextField
              id={field("name")}
              label={citizen() ? d.nameCitizen : d.nameOrganisation}
              required
              autocomplete={citizen() ? "name" : "organization"}
              value={values().name}
              onInput={(value) => draft.set("name", value)}
              error={draft.error("name")}
              ref={draft.register("name")}
            />
            <Show
              when={citizen()}
              fallback={
                <>
                  <TextField
                    id={field("organisationCode")}
                    label={d.organisationCode}
                    required
                    value={values().organisationCode}
                    onInput={(value) => draft.set("organisationCode", value)}
                    error={draft.error("organisationCode")}
                    ref={draft.register("organisationCode")}
                  />
                  <TextField
                    id={field("contactName")}
                    label={d.contactName}
                    autocomplete="name"
                    value={values().contactName}
                    onInput={(value) => draft.set("contactName", value)}
                    error={draft.error("contactName")}
                    ref={draft.register("contactName")}
                  />
                </>
              }
            >
              <SelectField<IdType>
                id={field("idType")}
                label={d.idType}
                required
                placeholder={d.idTypeChoose}
                choices={ID_TYPES.map((type) => ({ value: type, label: d.idTypes[type] }))}
                value={values().idType}
                onChange={(type) => draft.set("idType", type)}
                error={draft.error("idType")}
                ref={draft.register("idType")}
              />
              <TextField
                id={field("idNumber")}
                label={d.idNumber}
                required
                value={values().idNumber}
                onInput={(value) => draft.set("idNumber", value)}
                error={draft.error("idNumber")}
                ref={draft.register("idNumber")}
              />
            </Show>
            <TextField
              id={field("phone")}
              label={strings.phone}
              required
              type="tel"
              inputMode="tel"
              autocomplete="tel"
              value={values().phone}
              onInput={(value) => draft.set("phone", value)}
              error={draft.error("phone")}
              ref={draft.register("phone")}
            />
            <TextField
              id={field("email")}
              label={strings.email}
              type="email"
              inputMode="email"
              autocomplete="email"
              hint={d.emailHint}
              value={values().email}
              onInput={(value) => draft.set("email", value)}
              error={draft.error("email")}
              ref={draft.register("email")}
            />
            <TextField
              id={field("address")}
              label={d.address}
              autocomplete="street-address"
              hint={d.addressHint}
              value={values().address}
              onInput={(value) => draft.set("address", value)}
              error={draft.error("address")}
              ref={draft.register("address")}
            />
            <TextField
              id={field("postcode")}
              label={d.postcode}
              inputMode="numeric"
              autocomplete="postal-code"
              maxLength={6}
              value={values().postcode}
              onInput={(value) => draft.set("postcode", value)}
              error={draft.error("postcode")}
              ref={draft.register("postcode")}
            />
          </FormSection>
          <FormSection title={d.information}>
            <TextField
              id={field("informationTitle")}
              label={d.informationTitle}
              required
              value={values().informationTitle}
              onInput={(value) => draft.set("informationTitle", value)}
              error={draft.error("informationTitle")}
              ref={draft.register("informationTitle")}
            />
            <TextAreaField
              id={field("description")}
              label={d.description}
              required
              hint={d.descriptionHint(LIMITS.bodyMin, LIMITS.bodyMax)}
              value={values().description}
              onInput={(value) => draft.set("description", value)}
              count={textLength(values().description, true)}
              max={LIMITS.bodyMax}
              rows={6}
              error={draft.error("description")}
              ref={draft.register("description")}
            />
            <TextField
              id={field("documentNumber")}
              label={d.documentNumber}
              hint={d.documentNumberHint}
              value={values().documentNumber}
              onInput={(value) => draft.set("documentNumber", value)}
              error={draft.error("documentNumber")}
              ref={draft.register("documentNumber")}
            />
            <TextAreaField
              id={field("purpose")}
              label={d.purpose}
              value={values().purpose}
              onInput={(value) => draft.set("purpose", value)}
              count={textLength(values().purpose, true)}
              max={LIMITS.purposeMax}
              rows={3}
              error={draft.error("purpose")}
              ref={draft.register("purpose")}
            />
            <ChoiceField<DisclosureFormat>
              id={field("format")}
              name="format"
              label={d.format}
              required
              choices={FORMATS.map((format) => ({ value: format, label: d.formats[format] }))}
              value={values().format}
              onChange={(format) => draft.set("format", format)}
              error={draft.error("format")}
              ref={draft.register("format")}
            />
            <ChoiceField<DisclosureDelivery>
              id={field("delivery")}
              name="delivery"
              label={d.delivery}
              required
              layout="grid"
              choices={DELIVERIES.map((delivery) => ({ value: delivery, label: d.deliveries[delivery] }))}
              value={values().delivery}
              onChange={(delivery) => draft.set("delivery", delivery)}
              error={draft.error("delivery")}
              ref={draft.register("delivery")}
            />
            <AttachmentsField
              id={field("attachments")}
              files={draft.files()}
              onAdd={draft.addFiles}
              onRemove={draft.removeFile}
              error={draft.error("attachments")}
              ref={draft.register("attachments")}
            />
          </FormSection>
          <FormFooter
            draft={draft}
            challenge={challenge}
            submitLabel={strings.submitDisclosure}
            website={values().website}
            onWebsite={(value) => draft.set("website", value)}
            privacyId={field("privacy")}
          />
        </form>
      </DraftFrame>
    </section>
  );
}
