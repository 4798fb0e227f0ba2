import { createQuery } from "@urql/solid";
import { createEffect, createMemo, For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { graphql } from "../../lib/graphql";
import { createInfiniteScroll } from "../../lib/infinite-scroll";
import { listViewState } from "../../lib/list-state";
import { isOnline } from "../../lib/online";
import { createPageCursor, createShownConnection } from "../../lib/pagination";
import { commonStrings } from "../../lib/strings";
import type { ContentKind } from "../home/content-kind";
import { ItemCard, ItemCard_ContentItemFragment } from "./item-card";
import { contentStrings } from "./strings";

const ContentItemsQuery = graphql(
  `
  query PagedItemList_ContentItems(
    $first: Int!
    $after: String
    $column: String
    $kind: ContentKind
    $catalogCode: String
  ) {
    contentItems(first: $first, after: $after, column: $column, kind: $kind, catalogCode: $catalogCode) {
      edges {
        node {
          id
          kind
          ...ItemCard_ContentItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [ItemCard_ContentItemFragment],
);

const PAGE_SIZE = 20;

export interface ItemFilter {
  column?: string | null;
  kind?: ContentKind | null;
  catalogCode?: string | null;
}

function filterKey(filter: ItemFilter | undefined): string {
  return JSON.stringify([filter?.column ?? null, filter?.kind ?? null, filter?.catalogCode ?? null]);
}

/**
 * Published items for a column or a disclosure catalog code, newest first, loading more as the
 * list scrolls (graphcache's relayPagination merges the pages, also in the offline cache).
 */
export function PagedItemList(props: {
  filter: ItemFilter;
  label: string;
  emptyText: string;
  showColumn?: boolean;
  /** Told the kinds of the items shown, e.g. to offer kind filter chips. */
  onKinds?: (kinds: string[]) => void;
}) {
  const key = createMemo(() => filterKey(props.filter));
  const cursor = createPageCursor(key);

  const [result, reexecute] = createQuery({
    query: ContentItemsQuery,
    variables: () => ({
      first: PAGE_SIZE,
      after: cursor.after(),
      column: props.filter.column ?? null,
      kind: props.filter.kind ?? null,
      catalogCode: props.filter.catalogCode ?? null,
    }),
    requestPolicy: "cache-and-network",
  });

  const connection = createShownConnection(key, () => ({
    key: filterKey(result.operation?.variables),
    connection: result.data?.contentItems,
  }));
  const edges = () => connection()?.edges ?? [];
  const state = listViewState(result, () => connection()?.edges);

  createEffect(() => {
    const onKinds = props.onKinds;
    if (onKinds && connection()) onKinds(edges().map((edge) => edge.node.kind));
  });

  const retry = () => reexecute({ requestPolicy: "network-only" });
  const hasNextPage = () => connection()?.pageInfo.hasNextPage === true;
  const loadMore = () => cursor.advance(connection()?.pageInfo.endCursor);
  const sentinel = createInfiniteScroll({
    canLoad: () => hasNextPage() && !result.fetching && !result.error && isOnline(),
    load: loadMore,
  });

  return (
    <div class="paged-list" aria-busy={result.fetching}>
      <Switch>
        <Match when={state() === "loading"}>
          <SkeletonList count={3} />
        </Match>
        <Match when={state() === "offline"}>
          <DataOffline onRetry={retry} />
        </Match>
        <Match when={state() === "error" && result.error}>
          {(error) => <DataError error={error()} onRetry={retry} />}
        </Match>
        <Match when={state() === "empty"}>
          <p class="empty-state">{props.emptyText}</p>
        </Match>
        <Match when={state() === "ready"}>
          <Show when={!isOnline()}>
            <OfflineCacheNote />
          </Show>
          <ul class="item-list" aria-label={props.label}>
            <For each={edges()}>
              {(edge) => (
                <li>
                  <ItemCard item={edge.node} showColumn={props.showColumn ?? false} />
                </li>
              )}
            </For>
          </ul>
          <Show when={isOnline() && result.error}>
            {(error) => (
              <Show when={cursor.after()} fallback={<p class="inline-note">{contentStrings.list.refreshFailed}</p>}>
                <DataError error={error()} onRetry={retry} />
              </Show>
            )}
          </Show>
          <div ref={sentinel} class="paged-list__sentinel" aria-hidden="true" />
          <Show
            when={hasNextPage()}
            fallback={
              <Show when={edges().length > PAGE_SIZE}>
                <p class="inline-note paged-list__end">{contentStrings.list.loadedAll}</p>
              </Show>
            }
          >
            <button
              type="button"
              class="button button--secondary button--block"
              disabled={result.fetching || !isOnline()}
              onClick={loadMore}
            >
              {result.fetching ? contentStrings.list.loadingMore : commonStrings.loadMore}
            </button>
          </Show>
        </Match>
      </Switch>
    </div>
  );
}
