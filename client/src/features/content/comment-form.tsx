import { createEffect, createUniqueId, type JSX, on, Show } from "solid-js";
import { createLetterChallenge } from "../letters/challenge-state";
import { TextAreaField, TextField } from "../letters/form-controls";
import { createLetterDraft } from "../letters/letter-draft";
import { textLength } from "../letters/letter-form";
import { DraftFrame, FormFooter } from "../letters/letter-form-frame";
import "../letters/letters.css";
import { lettersStrings } from "../letters/strings";
import { COMMENT_FIELD_ORDER, COMMENT_LIMITS, emptyComment, validateComment } from "./comment-draft";
import { contentStrings } from "./strings";

const strings = contentStrings.comment;

/**
 * The comment form of an open publicity (规划公示意见). A comment is a letter: it is kept on the
 * phone and sent through the letters outbox (offline too, sent when the network is back), with the
 * form's proof of work, and answered with the receipt's tracking and access codes. Personal data
 * goes to the bureau only. Loaded lazily: the letters machinery stays out of other item pages.
 */
export default function CommentForm(props: { itemId: string; itemTitle: string; onSent?: () => void }) {
  const challenge = createLetterChallenge();
  const draft = createLetterDraft({
    kind: "comment",
    empty: () => emptyComment(props.itemId, props.itemTitle),
    validate: validateComment,
    order: COMMENT_FIELD_ORDER,
    challenge,
    belongs: (entry) => entry.values.itemId === props.itemId,
  });
  const id = createUniqueId();
  const ids = { body: `${id}-body`, name: `${id}-name`, phone: `${id}-phone`, privacy: `${id}-privacy` };
  const values = () => draft.values();
  // The page's count includes this comment once the server has it.
  createEffect(
    on(
      () => draft.stage() === "sent",
      (sent) => {
        if (sent) props.onSent?.();
      },
      { defer: true },
    ),
  );
  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    void draft.submit();
  };

  return (
    <div class="comment-form">
      <DraftFrame
        draft={draft}
        related={(entry) => entry.kind === "comment" && entry.values.itemId === props.itemId}
        receiptHeading={strings.receiptHeading}
      >
        <p class="card__intro">{strings.intro}</p>
        <form class="form letter-form" noValidate onSubmit={onSubmit} aria-describedby={ids.privacy}>
          <Show when={draft.restored()}>
            <p class="inline-note">{lettersStrings.form.draftRestored}</p>
          </Show>
          <TextAreaField
            id={ids.body}
            label={strings.body}
            required
            hint={strings.bodyHint(COMMENT_LIMITS.bodyMin, COMMENT_LIMITS.bodyMax)}
            value={values().body}
            onInput={(value) => draft.set("body", value)}
            count={textLength(values().body, true)}
            max={COMMENT_LIMITS.bodyMax}
            error={draft.error("body")}
            ref={draft.register("body")}
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
            hint={lettersStrings.form.phoneHint}
            value={values().phone}
            onInput={(value) => draft.set("phone", value)}
            error={draft.error("phone")}
            ref={draft.register("phone")}
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
    </div>
  );
}
