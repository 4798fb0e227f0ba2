import Paperclip from "lucide-solid/icons/paperclip";
import { For, Show } from "solid-js";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { fileTypeLabel, formatFileSize } from "./file-format";
import { contentStrings } from "./strings";

export const AttachmentList_ContentItemFragment = graphql(`
  fragment AttachmentList_ContentItem on ContentItem {
    attachments {
      name
      url
      size
      mimeType
    }
  }
`);

/** Downloads under an item, each with its type and size so people on mobile data can decide. */
export function AttachmentList(props: { item: FragmentOf<typeof AttachmentList_ContentItemFragment> }) {
  const attachments = () => readFragment(AttachmentList_ContentItemFragment, props.item).attachments;
  return (
    <Show when={attachments().length > 0}>
      <section class="item-section" aria-labelledby="attachments-heading">
        <h2 id="attachments-heading" class="section-title">
          {contentStrings.item.attachments}
        </h2>
        <ul class="attachment-list">
          <For each={attachments()}>
            {(attachment) => {
              const type = () => fileTypeLabel(attachment.mimeType, attachment.name);
              const size = () => formatFileSize(attachment.size);
              return (
                <li>
                  <a href={attachment.url} class="attachment" download={attachment.name}>
                    <Paperclip size={20} aria-hidden="true" />
                    <span class="attachment__text">
                      <span class="attachment__name">{attachment.name}</span>
                      <span class="attachment__meta">{[type(), size()].filter(Boolean).join(" · ")}</span>
                    </span>
                  </a>
                </li>
              );
            }}
          </For>
        </ul>
      </section>
    </Show>
  );
}
