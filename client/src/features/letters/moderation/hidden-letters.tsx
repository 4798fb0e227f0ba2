import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { formatDateTime } from "../../../lib/dates";
import { graphql } from "../../../lib/graphql";
import { listViewState } from "../../../lib/list-state";
import { isOnline } from "../../../lib/online";
import { LoadMoreButton, StaffDataView } from "../../publishing/staff-view";
import { staffLetterPath } from "../staff/paths";
import { statsStrings } from "../stats/strings";
import { moderationStrings } from "./strings";

const PAGE_SIZE = 20;

// Hidden letters as staff see them (Letter, not PublishedLetter): published letters and comments on
// planning publicity that moderation hid. The subject is the writer's own, and the row opens the
// letter's page. Newest received first: the server has no hidden-time order.
const HiddenLettersQuery = graphql(`
  query ModerationPage_HiddenLetters($first: Int!, $after: String) {
    letterInbox(filter: { publication: HIDDEN }, order: NEWEST, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          channel
          subject
          type
          trackingCode
          hiddenAt
          hiddenReason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const strings = moderationStrings.moderation;

/**
 * 已隐藏的来信: published letters and publicity comments that moderation took down, with when
 * and why, and (for moderators) the way back. Hiding or restoring refetches this list and the published one
 * (moderation-cache.ts), so a letter moves between the two.
 */
export function HiddenLetters(props: {
  moderator: boolean;
  busy: boolean;
  onRestore: (letterId: string, subject: string) => void;
}) {
  const headingId = createUniqueId();
  const [after, setAfter] = createSignal<string | null>(null);
  const [letters, reexecute] = createQuery({
    query: HiddenLettersQuery,
    variables: () => ({ first: PAGE_SIZE, after: after() }),
    requestPolicy: "cache-and-network",
  });
  const edges = () => letters.data?.letterInbox.edges;
  const state = listViewState(letters, edges);

  return (
    <section class="moderation-section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {strings.hiddenHeading}
      </h2>
      <StaffDataView
        state={state()}
        error={letters.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        emptyText={strings.hiddenEmpty}
        forbiddenText={strings.hiddenForbidden}
      >
        <p class="inline-note">{strings.hiddenCount(letters.data?.letterInbox.totalCount ?? 0)}</p>
        <ul class="work-list" aria-labelledby={headingId}>
          <For each={edges()}>
            {(edge) => (
              <li>
                <article class="work-item">
                  <p class="work-item__badges">
                    <span class="tag">
                      {edge.node.channel === "PUBLICITY_COMMENT"
                        ? statsStrings.channelLabels.PUBLICITY_COMMENT
                        : statsStrings.typeLabels[edge.node.type]}
                    </span>
                    <span class="tag tag--important">{strings.hidden}</span>
                  </p>
                  <h3 class="work-item__title">
                    <A href={staffLetterPath(edge.node.id)}>{edge.node.subject}</A>
                  </h3>
                  <p class="work-item__meta">
                    <span>
                      {strings.trackingCode} {edge.node.trackingCode}
                    </span>
                    <Show when={edge.node.hiddenAt}>
                      {(at) => (
                        <span>
                          {strings.hiddenAt} <time datetime={at()}>{formatDateTime(at())}</time>
                        </span>
                      )}
                    </Show>
                  </p>
                  <Show when={edge.node.hiddenReason}>
                    {(reason) => <p class="work-item__note">{strings.hiddenReason(reason())}</p>}
                  </Show>
                  <Show when={props.moderator}>
                    <div class="button-row">
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        disabled={props.busy || !isOnline()}
                        aria-label={strings.restoreLabel(edge.node.subject)}
                        onClick={() => props.onRestore(edge.node.id, edge.node.subject)}
                      >
                        {strings.restore}
                      </button>
                    </div>
                  </Show>
                </article>
              </li>
            )}
          </For>
        </ul>
        <LoadMoreButton
          hasMore={letters.data?.letterInbox.pageInfo.hasNextPage}
          fetching={letters.fetching}
          onLoadMore={() => setAfter(letters.data?.letterInbox.pageInfo.endCursor ?? null)}
        />
      </StaffDataView>
    </section>
  );
}
