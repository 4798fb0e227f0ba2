import { createSignal, createUniqueId, For, type JSX, onMount, Show } from "solid-js";
import { formatDate, formatDateTime } from "../../lib/dates";
import { type FragmentOf, readFragment } from "../../lib/graphql";
import { commonStrings } from "../../lib/strings";
import { deviceId } from "./device";
import { ChoiceField, TextAreaField } from "./form-controls";
import { textLength } from "./letter-form";
import { LetterTracking_Fragment, privateClient, RateLetterReplyMutation, requestFailure } from "./letters-api";
import { lettersStrings } from "./strings";

const strings = lettersStrings.track;

export type TrackedLetter = FragmentOf<typeof LetterTracking_Fragment>;

const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"] as const;
type Rating = (typeof RATINGS)[number];
const COMMENT_MAX = 500;

/** A letter as its writer sees it: where it stands, what happened, the reply, and the rating. */
export function TrackingResult(props: {
  letter: TrackedLetter;
  codes: { trackingCode: string; accessCode: string };
  onUpdate: (letter: TrackedLetter) => void;
}) {
  const id = createUniqueId();
  const letter = () => readFragment(LetterTracking_Fragment, props.letter);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  return (
    <article class="tracking card" aria-labelledby={`${id}-title`}>
      <header class="tracking__header">
        <p class="tracking__status" data-progress={letter().progress}>
          <span class="visually-hidden">{strings.status}：</span>
          {lettersStrings.progressLabels[letter().progress]}
        </p>
        <h2 id={`${id}-title`} class="tracking__subject" tabindex="-1" ref={heading}>
          {letter().subject}
        </h2>
      </header>
      <dl class="details">
        <div class="details__row">
          <dt>{lettersStrings.receipt.trackingCode}</dt>
          <dd class="letters-code">{letter().trackingCode}</dd>
        </div>
        <div class="details__row">
          <dt>{strings.type}</dt>
          <dd>{lettersStrings.typeLabels[letter().type]}</dd>
        </div>
        <div class="details__row">
          <dt>{strings.receivedAt}</dt>
          <dd>{formatDateTime(letter().receivedAt)}</dd>
        </div>
        <Show when={!letter().reply && letter().replyDueAt}>
          {(due) => (
            <div class="details__row">
              <dt>{strings.replyDueAt}</dt>
              <dd>{formatDate(due())}</dd>
            </div>
          )}
        </Show>
      </dl>

      <section aria-labelledby={`${id}-timeline`}>
        <h3 id={`${id}-timeline`} class="tracking__section-title">
          {strings.timeline}
        </h3>
        <ol class="timeline">
          <For each={letter().timeline}>
            {(event) => (
              <li class="timeline__event">
                <p class="timeline__label">{event.label}</p>
                <p class="timeline__time">
                  <time datetime={event.at}>{formatDateTime(event.at)}</time>
                </p>
                <Show when={event.note !== event.label && event.note}>
                  {(note) => <p class="timeline__note">{note()}</p>}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </section>

      <section aria-labelledby={`${id}-reply`}>
        <h3 id={`${id}-reply`} class="tracking__section-title">
          {strings.reply}
        </h3>
        <Show when={letter().reply} fallback={<p class="inline-note">{strings.noReplyYet}</p>}>
          {(reply) => (
            <>
              <dl class="details details--compact">
                <div class="details__row">
                  <dt>{strings.repliedAt}</dt>
                  <dd>{formatDateTime(reply().repliedAt)}</dd>
                </div>
                <Show when={reply().departmentName}>
                  {(department) => (
                    <div class="details__row">
                      <dt>{strings.department}</dt>
                      <dd>{department()}</dd>
                    </div>
                  )}
                </Show>
              </dl>
              <p class="tracking__reply">{reply().text}</p>
            </>
          )}
        </Show>
      </section>

      <Show when={letter().rating}>
        {(rating) => (
          <section aria-labelledby={`${id}-rated`}>
            <h3 id={`${id}-rated`} class="tracking__section-title">
              {strings.rating}
            </h3>
            <p>{strings.rated(lettersStrings.ratingLabels[rating().rating])}</p>
            <Show when={rating().comment}>{(comment) => <p class="tracking__reply">{comment()}</p>}</Show>
          </section>
        )}
      </Show>
      <Show when={letter().canRate}>
        <RatingForm codes={props.codes} onRated={props.onUpdate} />
      </Show>
    </article>
  );
}

function RatingForm(props: {
  codes: { trackingCode: string; accessCode: string };
  onRated: (letter: TrackedLetter) => void;
}) {
  const id = createUniqueId();
  const [rating, setRating] = createSignal<Rating | "">("");
  const [comment, setComment] = createSignal("");
  const [errors, setErrors] = createSignal<{ rating?: string; comment?: string }>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let ratingInput: HTMLElement | undefined;
  let commentInput: HTMLElement | undefined;

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    if (busy()) return;
    setFormError(null);
    const chosen = rating();
    const found: { rating?: string; comment?: string } = {};
    if (!chosen) found.rating = strings.ratingChoose;
    if (textLength(comment(), true) > COMMENT_MAX) {
      found.comment = lettersStrings.validation.tooLong(strings.ratingComment, COMMENT_MAX);
    }
    setErrors(found);
    if (!chosen || found.comment) {
      (found.rating ? ratingInput : commentInput)?.focus();
      return;
    }
    setBusy(true);
    const result = await privateClient
      .mutation(RateLetterReplyMutation, {
        ...props.codes,
        rating: chosen,
        comment: comment().trim() || null,
        deviceId: deviceId(),
      })
      .toPromise();
    setBusy(false);
    if (result.error) {
      const failure = requestFailure(result.error);
      setFormError(
        failure.kind === "rate-limited"
          ? strings.rateLimited(Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)))
          : failure.message,
      );
      return;
    }
    const payload = result.data?.rateLetterReply;
    if (payload?.letter) props.onRated(payload.letter);
    else if (payload?.error?.field === "comment") setErrors({ comment: payload.error.message });
    else setFormError(payload?.error?.message ?? commonStrings.errors.unknown);
  };

  return (
    <section aria-labelledby={`${id}-title`} class="rating-form">
      <h3 id={`${id}-title`} class="tracking__section-title">
        {strings.rating}
      </h3>
      <p class="field__hint">{strings.ratingPrompt}</p>
      <form class="form" noValidate onSubmit={onSubmit} aria-busy={busy()}>
        <ChoiceField<Rating>
          id={`${id}-rating`}
          name="rating"
          label={strings.rating}
          required
          layout="grid"
          choices={RATINGS.map((value) => ({ value, label: lettersStrings.ratingLabels[value] }))}
          value={rating()}
          onChange={(value) => {
            setRating(value);
            setErrors((current) => ({ ...current, rating: undefined }));
          }}
          error={errors().rating}
          ref={(element) => {
            ratingInput = element;
          }}
        />
        <TextAreaField
          id={`${id}-comment`}
          label={strings.ratingComment}
          hint={strings.ratingCommentHint(COMMENT_MAX)}
          value={comment()}
          onInput={setComment}
          count={textLength(comment(), true)}
          max={COMMENT_MAX}
          rows={3}
          error={errors().comment}
          ref={(element) => {
            commentInput = element;
          }}
        />
        <div role="alert" class="form-error-slot">
          <Show when={formError()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        </div>
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? strings.ratingSubmitting : strings.rate}
        </button>
      </form>
    </section>
  );
}
