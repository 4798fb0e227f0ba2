import FileText from "lucide-solid/icons/file-text";
import { For, Show } from "solid-js";
import { type AttachmentValue, fileTypeLabel, formatFileSize } from "./attachments";
import { publishingStrings } from "./strings";

export interface PreviewContent {
  title: string;
  summary: string | null | undefined;
  body: string;
  coverImageUrl: string | null | undefined;
  tags: readonly string[];
  attachments: readonly AttachmentValue[];
  changeNote?: string | null | undefined;
}

/**
 * The item as citizens will see it. `body` is the server-sanitised HTML of the revision (the
 * server cleans every body with an allow-list when it is saved), so it is rendered as HTML.
 */
export function ItemPreview(props: { content: PreviewContent; label: string }) {
  const strings = publishingStrings.review;
  return (
    <article class="preview" aria-label={props.label}>
      <h2 class="preview__title">{props.content.title || publishingStrings.untitled}</h2>
      <Show when={props.content.changeNote}>
        {(note) => (
          <p class="notice">
            {strings.changeNote}：{note()}
          </p>
        )}
      </Show>
      <Show when={props.content.summary}>{(summary) => <p class="preview__summary">{summary()}</p>}</Show>
      <Show when={props.content.coverImageUrl}>
        {(src) => <img class="preview__cover" src={src()} alt="" loading="lazy" />}
      </Show>
      <div class="prose" innerHTML={props.content.body} />
      <Show when={props.content.attachments.length > 0}>
        <h3 class="preview__subheading">{strings.attachments}</h3>
        <ul class="file-list">
          <For each={props.content.attachments}>
            {(file) => (
              <li class="file-list__item">
                <FileText size={20} aria-hidden="true" />
                <a href={file.url} download={file.name}>
                  {file.name}
                </a>
                <span class="file-list__meta">
                  {fileTypeLabel(file)}
                  <Show when={file.size > 0}> · {formatFileSize(file.size)}</Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.content.tags.length > 0}>
        <p class="preview__tags">
          <span class="visually-hidden">{strings.tags}：</span>
          <For each={props.content.tags}>{(tag) => <span class="tag">{tag}</span>}</For>
        </p>
      </Show>
    </article>
  );
}
