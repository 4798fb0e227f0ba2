import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatDateTime } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { contentKindLabel } from "../home/content-kind";
import { itemPath } from "./paths";
import { publishingStrings } from "./strings";
import { isWaitingFor, signOffLabel, type Viewer } from "./workflow-actions";

export const WorkItemRow_ContentItemFragment = graphql(`
  fragment WorkItemRow_ContentItem on ContentItem {
    id
    kind
    status
    draftStage
    title
    important
    pendingSignOffs
    scheduledAt
    publicity {
      commentCount
    }
    author {
      id
      displayName
    }
    draft {
      id
      title
      createdAt
      createdBy {
        id
        displayName
      }
    }
  }
`);

export type WorkItem = FragmentOf<typeof WorkItemRow_ContentItemFragment>;

/** Whether the row's item waits for the viewer's sign-off now. */
export function workItemWaitsFor(item: WorkItem, viewer: Viewer): boolean {
  const data = readFragment(WorkItemRow_ContentItemFragment, item);
  return isWaitingFor(
    {
      draftStage: data.draftStage,
      pendingSignOffs: data.pendingSignOffs,
      authorId: data.author?.id,
      draftEditorId: data.draft?.createdBy?.id,
    },
    viewer,
  );
}

const strings = publishingStrings.workbench;

function stageLabel(stage: string | null, status: string): string {
  if (stage) return (publishingStrings.stages as Record<string, string>)[stage] ?? stage;
  return (publishingStrings.statuses as Record<string, string>)[status] ?? status;
}

/** One item on the 工作台: what it is, where it stands, what it still needs and who touched it last. */
export function WorkItemRow(props: { item: WorkItem; waiting: boolean }) {
  const item = () => readFragment(WorkItemRow_ContentItemFragment, props.item);
  const title = () => item().draft?.title ?? item().title;
  return (
    <article class="work-item" classList={{ "work-item--waiting": props.waiting }}>
      <p class="work-item__badges">
        <span class="tag">{contentKindLabel(item().kind)}</span>
        <span class="tag tag--stage" data-stage={item().draftStage ?? item().status}>
          {stageLabel(item().draftStage, item().status)}
        </span>
        <Show when={item().important}>
          <span class="tag tag--important">{strings.important}</span>
        </Show>
        <Show when={props.waiting}>
          <span class="tag tag--waiting">{strings.waitingForMe}</span>
        </Show>
        <Show when={item().publicity?.commentCount}>
          {(count) => <span class="tag tag--stage">{strings.comments(count())}</span>}
        </Show>
      </p>
      <h3 class="work-item__title">
        <A href={itemPath(item().id)}>{title() || publishingStrings.untitled}</A>
      </h3>
      <Show when={item().status === "PUBLISHED" && item().draftStage}>
        <p class="work-item__note">{strings.liveVersion}</p>
      </Show>
      <Show when={item().pendingSignOffs.length > 0}>
        <p class="work-item__pending">
          <span class="work-item__label">{strings.pending}：</span>
          <For each={item().pendingSignOffs}>
            {(step, index) => (
              <>
                {index() > 0 ? "、" : ""}
                {signOffLabel(step)}
              </>
            )}
          </For>
        </p>
      </Show>
      <Show when={item().scheduledAt}>
        {(at) => (
          <p class="work-item__pending">
            <span class="work-item__label">{strings.scheduled}：</span>
            <time datetime={at()}>{formatDateTime(at())}</time>
          </p>
        )}
      </Show>
      <p class="work-item__meta">
        <span>
          {strings.author}：{item().author?.displayName ?? publishingStrings.unknownPerson}
        </span>
        <Show when={item().draft}>
          {(draft) => (
            <span>
              {strings.lastChange}：<time datetime={draft().createdAt}>{formatDateTime(draft().createdAt)}</time>
              <Show when={draft().createdBy && draft().createdBy?.id !== item().author?.id}>
                （{draft().createdBy?.displayName}）
              </Show>
            </span>
          )}
        </Show>
      </p>
    </article>
  );
}
