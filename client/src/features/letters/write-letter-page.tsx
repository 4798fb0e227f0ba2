import { A } from "@solidjs/router";
import { createUniqueId, type JSX, Show } from "solid-js";
import { PageHeading } from "../../lib/page-heading";
import { AttachmentsField } from "./attachments-field";
import { createLetterChallenge } from "./challenge-state";
import { CheckboxField, ChoiceField, TextAreaField, TextField } from "./form-controls";
import { createLetterDraft } from "./letter-draft";
import {
  type CitizenLetterType,
  emptyLetter,
  LETTER_FIELD_ORDER,
  LETTER_TYPES,
  LIMITS,
  textLength,
  validateLetter,
} from "./letter-form";
import { DraftFrame, FormFooter } from "./letter-form-frame";
import "./letters.css";
import { DISCLOSURE_REQUEST_PATH } from "./paths";
import { lettersStrings } from "./strings";

const strings = lettersStrings.form;

/** /letters/write — 局长信箱: a consultation, opinion, suggestion or complaint. */
export default function WriteLetterPage() {
  const challenge = createLetterChallenge();
  const draft = createLetterDraft({
    kind: "letter",
    empty: emptyLetter,
    validate: validateLetter,
    order: LETTER_FIELD_ORDER,
    challenge,
  });
  const id = createUniqueId();
  const ids = {
    type: `${id}-type`,
    subject: `${id}-subject`,
    body: `${id}-body`,
    attachments: `${id}-attachments`,
    name: `${id}-name`,
    phone: `${id}-phone`,
    email: `${id}-email`,
    mayPublish: `${id}-publish`,
    privacy: `${id}-privacy`,
  };
  const values = () => draft.values();
  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    void draft.submit();
  };

  return (
    <section class="page letters-page">
      <PageHeading>{strings.letterTitle}</PageHeading>
      <p class="page-intro">{strings.letterIntro}</p>
      <A href={DISCLOSURE_REQUEST_PATH} class="letters-crosslink">
        {strings.toDisclosure}
      </A>
      <DraftFrame draft={draft}>
        <form class="form letter-form" noValidate onSubmit={onSubmit} aria-describedby={ids.privacy}>
          <Show when={draft.restored()}>
            <p class="inline-note">{strings.draftRestored}</p>
          </Show>
          <ChoiceField<CitizenLetterType>
            id={ids.type}
            name="type"
            label={strings.type}
            required
            layout="grid"
            choices={LETTER_TYPES.map((type) => ({
              value: type,
              label: lettersStrings.typeLabels[type],
              hint: strings.typeHints[type],
            }))}
            value={values().type}
            onChange={(type) => draft.set("type", type)}
            error={draft.error("type")}
            ref={draft.register("type")}
          />
          <TextField
            id={ids.subject}
            label={strings.subject}
            required
            hint={strings.subjectHint(LIMITS.subjectMin, LIMITS.subjectMax)}
            value={values().subject}
            onInput={(value) => draft.set("subject", value)}
            error={draft.error("subject")}
            ref={draft.register("subject")}
          />
          <TextAreaField
            id={ids.body}
            label={strings.body}
            required
            hint={strings.bodyHint(LIMITS.bodyMin, LIMITS.bodyMax)}
            value={values().body}
            onInput={(value) => draft.set("body", value)}
            count={textLength(values().body, true)}
            max={LIMITS.bodyMax}
            error={draft.error("body")}
            ref={draft.register("body")}
          />
          <AttachmentsField
            id={ids.attachments}
            files={draft.files()}
            onAdd={draft.addFiles}
            onRemove={draft.removeFile}
            error={draft.error("attachments")}
            ref={draft.register("attachments")}
          />
          <TextField
            id={ids.name}
            label={strings.name}
            required
            autocomplete="name"
            value={values().name}
            onInput={(value) => draft.set("name", value)}
            error={draft.error("name")}
            ref={draft.register("name")}
          />
          <TextField
            id={ids.phone}
            label={strings.phone}
            required
            type="tel"
            inputMode="tel"
            autocomplete="tel"
            hint={strings.phoneHint}
            value={values().phone}
            onInput={(value) => draft.set("phone", value)}
            error={draft.error("phone")}
            ref={draft.register("phone")}
          />
          <TextField
            id={ids.email}
            label={strings.email}
            type="email"
            inputMode="email"
            autocomplete="email"
            value={values().email}
            onInput={(value) => draft.set("email", value)}
            error={draft.error("email")}
            ref={draft.register("email")}
          />
          <CheckboxField
            id={ids.mayPublish}
            label={strings.mayPublishLabel}
            hint={strings.mayPublishHint}
            checked={values().mayPublish}
            onChange={(checked) => draft.set("mayPublish", checked)}
          />
          <FormFooter
            draft={draft}
            challenge={challenge}
            submitLabel={strings.submit}
            website={values().website}
            onWebsite={(value) => draft.set("website", value)}
            privacyId={ids.privacy}
          />
        </form>
      </DraftFrame>
    </section>
  );
}
