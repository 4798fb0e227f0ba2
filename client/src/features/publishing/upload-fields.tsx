import Paperclip from "lucide-solid/icons/paperclip";
import X from "lucide-solid/icons/x";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { type AttachmentValue, fileTypeLabel, formatFileSize } from "./attachments";
import { IMAGE_ACCEPT, isSupportedImage, type UploadResult } from "./media-upload";
import { publishingStrings } from "./strings";

type Upload = (file: File, onProgress: (percent: number) => void) => Promise<UploadResult>;

const strings = publishingStrings.editor;
const uploadStrings = publishingStrings.upload;

/** A file input styled as a button: the native input stays focusable and labelled. */
export function FilePicker(props: {
  id: string;
  label: string;
  accept?: string;
  multiple?: boolean;
  disabled: boolean;
  describedBy?: string;
  onFiles: (files: File[]) => void;
}) {
  return (
    <label class="file-picker" classList={{ "file-picker--disabled": props.disabled }} for={props.id}>
      <Paperclip size={20} aria-hidden="true" />
      <span>{props.label}</span>
      <input
        id={props.id}
        type="file"
        class="file-picker__input"
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length) props.onFiles(files);
        }}
      />
    </label>
  );
}

/** Progress and the last failure of uploads, shown under the picker. */
export function createUploadStatus(props?: { class?: string }) {
  const id = createUniqueId();
  const [progress, setProgress] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const view = () => (
    <div id={id} class={props?.class}>
      <Show when={progress()}>
        {(message) => (
          <p class="inline-note" role="status">
            {message()}
          </p>
        )}
      </Show>
      <Show when={error()}>
        {(message) => (
          <p class="form-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
  return { id, progress, setProgress, error, setError, view };
}

/** 封面图片: one image, uploaded to /media, shown as it will appear. */
export function CoverImageField(props: {
  value: string;
  disabled: boolean;
  upload: Upload;
  onChange: (url: string) => void;
}) {
  const inputId = createUniqueId();
  const { id: statusId, progress, setProgress, setError, view: statusView } = createUploadStatus();

  const pick = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    if (!isSupportedImage(file)) return setError(uploadStrings.notAnImage);
    setError(null);
    setProgress(uploadStrings.uploading(file.name, 0));
    const result = await props.upload(file, (percent) => setProgress(uploadStrings.uploading(file.name, percent)));
    setProgress(null);
    if (!result.ok) return setError(result.message);
    props.onChange(result.media.url);
  };

  return (
    <fieldset class="field upload-field">
      <legend class="field__label">{strings.coverImage}</legend>
      <Show when={props.value}>
        {(url) => (
          <div class="upload-field__cover">
            <img src={url()} alt="" />
            <button
              type="button"
              class="button button--secondary button--small"
              disabled={props.disabled}
              onClick={() => props.onChange("")}
            >
              <X size={18} aria-hidden="true" />
              {strings.coverImageRemove}
            </button>
          </div>
        )}
      </Show>
      <FilePicker
        id={inputId}
        label={strings.coverImageChoose}
        accept={IMAGE_ACCEPT}
        disabled={props.disabled || progress() !== null}
        describedBy={statusId}
        onFiles={(files) => void pick(files)}
      />
      {statusView()}
    </fieldset>
  );
}

/** 附件: any number of files, each listed with its name, size and type. */
export function AttachmentsField(props: {
  value: readonly AttachmentValue[];
  disabled: boolean;
  upload: Upload;
  onChange: (attachments: AttachmentValue[]) => void;
}) {
  const inputId = createUniqueId();
  const { id: statusId, progress, setProgress, setError, view: statusView } = createUploadStatus();

  const pick = async (files: File[]) => {
    setError(null);
    let current = [...props.value];
    for (const file of files) {
      setProgress(uploadStrings.uploading(file.name, 0));
      const result = await props.upload(file, (percent) => setProgress(uploadStrings.uploading(file.name, percent)));
      if (!result.ok) {
        setError(`${file.name}：${result.message}`);
        break;
      }
      current = [
        ...current,
        {
          name: result.media.name || file.name,
          url: result.media.url,
          size: result.media.size || file.size,
          mimeType: result.media.mimeType || file.type,
        },
      ];
      props.onChange(current);
    }
    setProgress(null);
  };

  return (
    <fieldset class="field upload-field">
      <legend class="field__label">{strings.attachments}</legend>
      <Show when={props.value.length > 0}>
        <ul class="file-list">
          <For each={props.value}>
            {(file, index) => (
              <li class="file-list__item">
                <span class="file-list__name">{file.name}</span>
                <span class="file-list__meta">
                  {uploadStrings.type}：{fileTypeLabel(file)} · {uploadStrings.size}：{formatFileSize(file.size)}
                </span>
                <button
                  type="button"
                  class="button button--quiet button--small file-list__remove"
                  aria-label={strings.attachmentRemove(file.name)}
                  disabled={props.disabled}
                  onClick={() => props.onChange(props.value.filter((_, i) => i !== index()))}
                >
                  <X size={18} aria-hidden="true" />
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <FilePicker
        id={inputId}
        label={strings.attachmentsChoose}
        multiple
        disabled={props.disabled || progress() !== null}
        describedBy={statusId}
        onFiles={(files) => void pick(files)}
      />
      {statusView()}
    </fieldset>
  );
}
