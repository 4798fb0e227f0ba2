import { A } from "@solidjs/router";
import Copy from "lucide-solid/icons/copy";
import ImageDown from "lucide-solid/icons/image-down";
import TriangleAlert from "lucide-solid/icons/triangle-alert";
import { createSignal, createUniqueId, onCleanup, onMount, Show } from "solid-js";
import { formatDate, formatDateTime } from "../../lib/dates";
import { copyText } from "./clipboard";
import type { LetterReceipt } from "./letters-api";
import { type MyLetter, rememberLetter } from "./my-letters";
import { trackLetterHref } from "./paths";
import { renderReceiptImage } from "./receipt-image";
import { lettersStrings } from "./strings";

const strings = lettersStrings.receipt;

/**
 * The receipt, shown once: the tracking code and the access code with copy buttons, a PNG to
 * keep, and the warning that the access code cannot be shown again (the bureau stores only its
 * hash). The tracking code is in 我的来信 already; the access code joins it only if ticked.
 */
export function Receipt(props: {
  receipt: LetterReceipt;
  subject: string;
  type: MyLetter["type"];
  /** What was sent (default 来信已提交). */
  heading?: string | undefined;
  onDone: () => void;
}) {
  const id = createUniqueId();
  const [announcement, setAnnouncement] = createSignal("");
  const [image, setImage] = createSignal<{ url: string; name: string } | null>(null);
  const [remember, setRemember] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;

  onMount(() => heading?.focus());
  onCleanup(() => {
    const current = image();
    if (current) URL.revokeObjectURL(current.url);
  });

  const copy = async (what: string, value: string) => {
    setAnnouncement("");
    setAnnouncement((await copyText(value)) ? strings.copied(what) : strings.copyFailed);
  };

  const saveImage = async () => {
    setAnnouncement("");
    try {
      const blob = await renderReceiptImage({
        title: strings.imageTitle,
        lines: [
          { label: strings.trackingCode, value: props.receipt.trackingCode, code: true },
          { label: strings.accessCode, value: props.receipt.accessCode, code: true },
          { label: strings.receivedAt, value: formatDateTime(props.receipt.receivedAt) },
          { label: lettersStrings.track.subject, value: props.subject },
        ],
        warning: strings.imageWarning,
        footer: `${location.origin}${trackLetterHref()}`,
      });
      const previous = image();
      if (previous) URL.revokeObjectURL(previous.url);
      const name = strings.imageFileName(props.receipt.trackingCode);
      const url = URL.createObjectURL(blob);
      setImage({ url, name });
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      setAnnouncement(strings.imageSaved);
    } catch {
      setAnnouncement(strings.imageFailed);
    }
  };

  const onRemember = async (checked: boolean) => {
    setRemember(checked);
    await rememberLetter({
      trackingCode: props.receipt.trackingCode,
      subject: props.subject,
      type: props.type,
      receivedAt: props.receipt.receivedAt,
      accessCode: checked ? props.receipt.accessCode : null,
    });
  };

  return (
    <section class="receipt card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="receipt__title" tabindex="-1" ref={heading}>
        {props.heading ?? strings.heading}
      </h2>
      <p>{strings.intro}</p>
      <dl class="receipt__codes">
        <div class="receipt__code">
          <dt id={`${id}-tracking`}>{strings.trackingCode}</dt>
          <dd>
            <code class="receipt__value" data-testid="tracking-code">
              {props.receipt.trackingCode}
            </code>
            <button
              type="button"
              class="button button--secondary button--small"
              aria-label={strings.copyLabel(strings.trackingCode)}
              onClick={() => copy(strings.trackingCode, props.receipt.trackingCode)}
            >
              <Copy size={18} aria-hidden="true" />
              {strings.copy}
            </button>
          </dd>
        </div>
        <div class="receipt__code">
          <dt id={`${id}-access`}>{strings.accessCode}</dt>
          <dd>
            <code class="receipt__value receipt__value--long" data-testid="access-code">
              {props.receipt.accessCode}
            </code>
            <button
              type="button"
              class="button button--secondary button--small"
              aria-label={strings.copyLabel(strings.accessCode)}
              onClick={() => copy(strings.accessCode, props.receipt.accessCode)}
            >
              <Copy size={18} aria-hidden="true" />
              {strings.copy}
            </button>
          </dd>
        </div>
      </dl>
      <p class="receipt__warning">
        <TriangleAlert size={20} aria-hidden="true" />
        <span>{strings.warning}</span>
      </p>
      <dl class="details details--compact">
        <div class="details__row">
          <dt>{strings.receivedAt}</dt>
          <dd>{formatDateTime(props.receipt.receivedAt)}</dd>
        </div>
        <Show when={props.receipt.replyDueAt}>
          {(due) => (
            <div class="details__row">
              <dt>{strings.replyDueAt}</dt>
              <dd>{formatDate(due())}</dd>
            </div>
          )}
        </Show>
      </dl>
      <button type="button" class="button button--secondary button--block" onClick={saveImage}>
        <ImageDown size={20} aria-hidden="true" />
        {strings.saveImage}
      </button>
      <Show when={image()}>
        {(current) => <img class="receipt__image" src={current().url} alt={strings.imageAlt} />}
      </Show>
      <p role="status" class="receipt__announcement">
        {announcement()}
      </p>
      <div class="field">
        <label class="switch">
          <input
            type="checkbox"
            checked={remember()}
            onChange={(event) => void onRemember(event.currentTarget.checked)}
            aria-describedby={`${id}-remember-hint`}
          />
          <span>{strings.remember}</span>
        </label>
        <p id={`${id}-remember-hint`} class="field__hint">
          {strings.rememberHint}
        </p>
        <p class="field__hint">{strings.rememberedTracking}</p>
      </div>
      <div class="receipt__actions">
        <A href={trackLetterHref(props.receipt.trackingCode)} class="button button--secondary">
          {strings.track}
        </A>
        <button type="button" class="button" onClick={() => props.onDone()}>
          {strings.done}
        </button>
      </div>
    </section>
  );
}
