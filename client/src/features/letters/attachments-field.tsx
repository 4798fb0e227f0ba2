import FileText from "lucide-solid/icons/file-text";
import Paperclip from "lucide-solid/icons/paperclip";
import X from "lucide-solid/icons/x";
import { createMemo, For, onCleanup, Show } from "solid-js";
import { formatFileSize } from "../publishing/attachments";
import { FieldError } from "./form-controls";
import { ATTACHMENT_ACCEPT, isImageFile, LIMITS } from "./letter-form";
import type { OutboxFile } from "./outbox";
import { lettersStrings } from "./strings";

const strings = lettersStrings.form;

/**
 * Images and PDF for a letter: chosen here, kept in the draft as Blobs (so a letter written
 * offline keeps them), uploaded only when the letter is sent. Images show a thumbnail.
 */
export function AttachmentsField(props: {
  id: string;
  files: readonly OutboxFile[];
  onAdd: (files: FileList) => void;
  onRemove: (id: string) => void;
  error: string | undefined;
  ref?: (element: HTMLElement) => void;
}) {
  const full = () => props.files.length >= LIMITS.attachments;
  return (
    <div class="field attachments-field">
      <span class="field__label" id={`${props.id}-label`}>
        {strings.attachments}
        <span class="field__optional" aria-hidden="true">
          {strings.optional}
        </span>
      </span>
      <p id={`${props.id}-hint`} class="field__hint">
        {strings.attachmentsHint(LIMITS.attachments, LIMITS.attachmentBytes / 1024 / 1024)}
      </p>
      <FieldError id={props.id} message={props.error} />
      <Show when={props.files.length > 0}>
        <ul class="attachment-previews" aria-label={strings.attachmentListLabel}>
          <For each={props.files}>
            {(file) => (
              <li class="attachment-preview">
                <Preview file={file} />
                <span class="attachment-preview__name">{file.name}</span>
                <span class="attachment-preview__size">{formatFileSize(file.size)}</span>
                <button
                  type="button"
                  class="button button--quiet button--small attachment-preview__remove"
                  aria-label={strings.removeAttachment(file.name)}
                  onClick={() => props.onRemove(file.id)}
                >
                  <X size={18} aria-hidden="true" />
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!full()}>
        <input
          id={props.id}
          ref={(element) => props.ref?.(element)}
          class="visually-hidden file-input"
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          aria-labelledby={`${props.id}-label ${props.id}-button`}
          aria-describedby={[props.error ? `${props.id}-error` : "", `${props.id}-hint`].filter(Boolean).join(" ")}
          aria-invalid={props.error ? "true" : undefined}
          onChange={(event) => {
            const files = event.currentTarget.files;
            if (files && files.length > 0) props.onAdd(files);
            // The same file can be chosen again after it was removed.
            event.currentTarget.value = "";
          }}
        />
        <label for={props.id} id={`${props.id}-button`} class="button button--secondary file-input__button">
          <Paperclip size={20} aria-hidden="true" />
          {strings.addAttachment}
        </label>
      </Show>
    </div>
  );
}

function Preview(props: { file: OutboxFile }) {
  const url = createMemo(() => {
    if (!isImageFile(props.file)) return null;
    const objectUrl = URL.createObjectURL(props.file.blob);
    onCleanup(() => URL.revokeObjectURL(objectUrl));
    return objectUrl;
  });
  return (
    <Show
      when={url()}
      fallback={
        <span class="attachment-preview__icon">
          <FileText size={28} aria-hidden="true" />
        </span>
      }
    >
      {(src) => <img class="attachment-preview__image" src={src()} alt={strings.attachmentPreview(props.file.name)} />}
    </Show>
  );
}
