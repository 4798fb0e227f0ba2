import { createMutation } from "@urql/solid";
import { createEffect, createSignal, createUniqueId, type JSX, Show } from "solid-js";
import { errorMessage } from "../../lib/errors";
import { graphql } from "../../lib/graphql";
import { newIdempotencyKey } from "../../lib/idempotency";
import { isOnline } from "../../lib/online";
import {
  COMMENT_BODY_MAX,
  COMMENT_BODY_MIN,
  COMMENT_NAME_MAX,
  type CommentAction,
  type CommentDraft,
  type CommentField,
  commentReducer,
  newDraft,
  parseSavedDraft,
  validateComment,
} from "./comment-draft";
import { contentStrings } from "./strings";

const SubmitCommentMutation = graphql(`
  mutation CommentForm_SubmitPublicityComment($input: SubmitPublicityCommentInput!) {
    submitPublicityComment(input: $input) {
      comment {
        id
        createdAt
      }
      error {
        message
        field
      }
    }
  }
`);

const FIELD_ORDER: readonly CommentField[] = ["name", "phone", "body"];

// Per tab only (sessionStorage): a reload keeps the text and its idempotency key; closing the
// tab forgets the name and phone number.
const storageKey = (itemId: string) => `planport.publicity-comment.${itemId}`;

function loadDraft(itemId: string): CommentDraft {
  try {
    const saved = parseSavedDraft(sessionStorage.getItem(storageKey(itemId)));
    if (saved) return newDraft(saved.idempotencyKey, saved.values);
  } catch {
    // Storage unavailable: start a fresh draft.
  }
  return newDraft(newIdempotencyKey());
}

function saveDraft(itemId: string, draft: CommentDraft): void {
  try {
    const { name, phone, body } = draft.values;
    if (draft.status === "submitted" || !(name || phone || body)) sessionStorage.removeItem(storageKey(itemId));
    else
      sessionStorage.setItem(
        storageKey(itemId),
        JSON.stringify({ idempotencyKey: draft.idempotencyKey, values: draft.values }),
      );
  } catch {
    // Not saved; the form still works.
  }
}

/** The comment form of an open publicity. Personal data goes to the bureau only. */
export function CommentForm(props: { itemId: string }) {
  const strings = contentStrings.comment;
  const [draft, setDraft] = createSignal<CommentDraft>(loadDraft(props.itemId));
  const dispatch = (action: CommentAction) => setDraft((current) => commentReducer(current, action));
  const [mutation, submitComment] = createMutation(SubmitCommentMutation);
  const ids = { name: createUniqueId(), phone: createUniqueId(), body: createUniqueId() };
  const formErrorId = createUniqueId();
  const privacyId = createUniqueId();
  const fields: Partial<Record<CommentField, HTMLInputElement | HTMLTextAreaElement>> = {};
  let successMessage: HTMLParagraphElement | undefined;

  createEffect(() => saveDraft(props.itemId, draft()));

  const focusFirstInvalid = () => {
    const errors = draft().fieldErrors;
    const first = FIELD_ORDER.find((field) => errors[field]);
    if (first) fields[first]?.focus();
  };

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    if (draft().status === "submitting") return;
    const fieldErrors = validateComment(draft().values);
    if (Object.keys(fieldErrors).length > 0) {
      dispatch({ type: "invalid", fieldErrors });
      focusFirstInvalid();
      return;
    }
    dispatch({ type: "submit" });
    const { values, idempotencyKey } = draft();
    const result = await submitComment({
      input: {
        itemId: props.itemId,
        name: values.name.trim(),
        phone: values.phone.trim(),
        body: values.body.trim(),
        idempotencyKey,
      },
    });
    const payload = result.data?.submitPublicityComment;
    if (result.error) {
      dispatch({ type: "rejected", message: errorMessage(result.error) });
    } else if (payload?.error) {
      dispatch({ type: "rejected", message: payload.error.message, field: payload.error.field });
      focusFirstInvalid();
    } else if (payload?.comment) {
      dispatch({ type: "succeeded", nextKey: newIdempotencyKey() });
      successMessage?.focus();
    } else {
      dispatch({ type: "rejected", message: errorMessage({ graphQLErrors: [] }) });
    }
  };

  const describedBy = (field: CommentField, ...extra: string[]) =>
    [draft().fieldErrors[field] ? `${ids[field]}-error` : "", ...extra].filter(Boolean).join(" ") || undefined;

  const FieldError = (fieldProps: { field: CommentField }) => (
    <Show when={draft().fieldErrors[fieldProps.field]}>
      {(message) => (
        <p id={`${ids[fieldProps.field]}-error`} class="field__error">
          {message()}
        </p>
      )}
    </Show>
  );

  return (
    <div class="comment-form card">
      <h3 class="card__title">{strings.heading}</h3>
      <Show
        when={draft().status !== "submitted"}
        fallback={
          <div class="form">
            <p class="form-success" role="status" tabindex="-1" ref={successMessage}>
              {strings.success}
            </p>
            <button type="button" class="button button--secondary" onClick={() => dispatch({ type: "startAnother" })}>
              {strings.another}
            </button>
          </div>
        }
      >
        <p class="card__intro">{strings.intro}</p>
        <form class="form" noValidate onSubmit={onSubmit} aria-describedby={privacyId}>
          <div class="field">
            <label class="field__label" for={ids.name}>
              {strings.name}
            </label>
            <input
              id={ids.name}
              ref={(element) => {
                fields.name = element;
              }}
              class="field__input"
              name="name"
              autocomplete="name"
              required
              maxLength={COMMENT_NAME_MAX}
              value={draft().values.name}
              onInput={(event) => dispatch({ type: "edit", field: "name", value: event.currentTarget.value })}
              aria-invalid={draft().fieldErrors.name ? "true" : undefined}
              aria-describedby={describedBy("name")}
            />
            <FieldError field="name" />
          </div>
          <div class="field">
            <label class="field__label" for={ids.phone}>
              {strings.phone}
            </label>
            <input
              id={ids.phone}
              ref={(element) => {
                fields.phone = element;
              }}
              class="field__input"
              name="phone"
              type="tel"
              inputMode="tel"
              autocomplete="tel"
              required
              maxLength={20}
              value={draft().values.phone}
              onInput={(event) => dispatch({ type: "edit", field: "phone", value: event.currentTarget.value })}
              aria-invalid={draft().fieldErrors.phone ? "true" : undefined}
              aria-describedby={describedBy("phone")}
            />
            <FieldError field="phone" />
          </div>
          <div class="field">
            <label class="field__label" for={ids.body}>
              {strings.body}
            </label>
            <p id={`${ids.body}-hint`} class="field__hint">
              {strings.bodyHint(COMMENT_BODY_MIN, COMMENT_BODY_MAX)}
            </p>
            <textarea
              id={ids.body}
              ref={(element) => {
                fields.body = element;
              }}
              class="field__input field__input--multiline"
              name="body"
              rows={6}
              required
              value={draft().values.body}
              onInput={(event) => dispatch({ type: "edit", field: "body", value: event.currentTarget.value })}
              aria-invalid={draft().fieldErrors.body ? "true" : undefined}
              aria-describedby={describedBy("body", `${ids.body}-hint`)}
            />
            <FieldError field="body" />
          </div>
          <p id={privacyId} class="privacy-note">
            {strings.privacy}
          </p>
          <div role="alert" class="form-error-slot">
            <Show when={draft().formError}>
              {(message) => (
                <p id={formErrorId} class="form-error">
                  {message()}
                </p>
              )}
            </Show>
          </div>
          <Show when={!isOnline()}>
            <p class="inline-note inline-note--offline">{strings.offline}</p>
          </Show>
          <button
            type="submit"
            class="button button--block"
            disabled={draft().status === "submitting" || mutation.fetching || !isOnline()}
          >
            {draft().status === "submitting" ? strings.submitting : strings.submit}
          </button>
        </form>
      </Show>
    </div>
  );
}
