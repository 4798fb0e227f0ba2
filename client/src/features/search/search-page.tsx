import { A, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import SearchIcon from "lucide-solid/icons/search";
import { createMemo, createUniqueId, For, type JSX, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { errorCode, errorMessage } from "../../lib/errors";
import { graphql } from "../../lib/graphql";
import { createInfiniteScroll } from "../../lib/infinite-scroll";
import { listViewState } from "../../lib/list-state";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { createPageCursor, createShownConnection } from "../../lib/pagination";
import { commonStrings } from "../../lib/strings";
import "../content/content.css";
import { SearchFilters } from "./search-filters";
import {
  activeFilterCount,
  parseSearchParams,
  QUERY_MAX_LENGTH,
  type SearchState,
  searchHref,
  searchVariables,
  toSearchParams,
} from "./search-params";
import { SearchResult, SearchResult_ContentItemFragment } from "./search-result";
import "./search.css";
import { searchStrings } from "./strings";

const SearchQuery = graphql(
  `
  query SearchPage_Search(
    $query: String!
    $first: Int!
    $after: String
    $kind: ContentKind
    $column: String
    $from: DateTime
    $to: DateTime
  ) {
    search(query: $query, first: $first, after: $after, kind: $kind, column: $column, from: $from, to: $to) {
      totalCount
      edges {
        highlightedTitle
        snippet
        node {
          id
          ...SearchResult_ContentItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [SearchResult_ContentItemFragment],
);

const PAGE_SIZE = 20;

function variablesKey(variables: Partial<ReturnType<typeof searchVariables>> | undefined): string {
  return JSON.stringify([
    variables?.query ?? "",
    variables?.kind ?? null,
    variables?.column ?? null,
    variables?.from ?? null,
    variables?.to ?? null,
  ]);
}

/** /search?q=… — the words and filters live in the URL: shareable, and Back steps through searches. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams<Record<"q" | "kind" | "column" | "from" | "to", string>>();
  const search = createMemo(() =>
    parseSearchParams({ q: params.q, kind: params.kind, column: params.column, from: params.from, to: params.to }),
  );
  const go = (next: SearchState) => setParams(toSearchParams(next));
  const key = createMemo(() => variablesKey(searchVariables(search())));
  const cursor = createPageCursor(key);
  const inputId = createUniqueId();

  const [result, reexecute] = createQuery({
    query: SearchQuery,
    variables: () => ({ ...searchVariables(search()), first: PAGE_SIZE, after: cursor.after() }),
    pause: () => search().q === "",
    requestPolicy: "cache-and-network",
  });
  const connection = createShownConnection(key, () => ({
    key: variablesKey(result.operation?.variables),
    connection: result.data?.search,
  }));
  const badInput = () => (result.error && errorCode(result.error) === "BAD_USER_INPUT" ? result.error : undefined);
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const hasNextPage = () => connection()?.pageInfo.hasNextPage === true;
  const loadMore = () => cursor.advance(connection()?.pageInfo.endCursor);
  const sentinel = createInfiniteScroll({
    canLoad: () => hasNextPage() && !result.fetching && !result.error && isOnline(),
    load: loadMore,
  });

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    go({ ...search(), q });
  };

  const status = () => {
    if (!search().q || badInput()) return "";
    if (state() === "loading") return commonStrings.loading;
    const count = connection()?.totalCount;
    return count === undefined ? "" : searchStrings.resultCount(count, search().q);
  };

  return (
    <section class="page search-page" aria-busy={state() === "loading"}>
      {/* The words in the tab title too, so history entries and shared tabs say what was searched. */}
      <PageHeading documentTitle={search().q ? `${search().q} - ${searchStrings.pageTitle}` : undefined}>
        {searchStrings.pageTitle}
      </PageHeading>
      {/* <search> is the search landmark (role=search) as an element. */}
      <search>
        <form class="search-form" onSubmit={onSubmit}>
          <label class="visually-hidden" for={inputId}>
            {searchStrings.label}
          </label>
          <input
            id={inputId}
            class="field__input search-form__input"
            type="search"
            name="q"
            value={search().q}
            maxLength={QUERY_MAX_LENGTH}
            placeholder={searchStrings.placeholder}
            enterkeyhint="search"
            autocomplete="off"
          />
          <button type="submit" class="button">
            <SearchIcon size={20} aria-hidden="true" />
            {searchStrings.submit}
          </button>
        </form>
      </search>
      <SearchFilters state={search()} onChange={go} />

      {/* Always in the page, so the count is announced when it changes. */}
      <p role="status" class="search-count">
        {status()}
      </p>

      <Switch>
        <Match when={!search().q}>
          <div class="search-intro">
            <p>{searchStrings.intro}</p>
            <p>{searchStrings.examplesLabel}</p>
            <ul class="chip-list">
              <For each={searchStrings.examples}>
                {(example) => (
                  <li>
                    <A href={searchHref({ ...search(), q: example })} class="chip">
                      {example}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Match>
        <Match when={badInput()}>
          {(error) => (
            <div class="state-panel state-panel--error" role="alert">
              <p>{errorMessage(error())}</p>
            </div>
          )}
        </Match>
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
          <div class="empty-state search-empty">
            <p>{searchStrings.empty(search().q)}</p>
            <p>{searchStrings.suggestionsTitle}</p>
            <ul>
              <For each={searchStrings.suggestions}>{(suggestion) => <li>{suggestion}</li>}</For>
              <Show when={activeFilterCount(search()) > 0}>
                <li>
                  <A href={searchHref({ ...search(), kind: null, column: null, from: null, to: null })}>
                    {searchStrings.clearFilters}
                  </A>
                </li>
              </Show>
            </ul>
          </div>
        </Match>
        <Match when={state() === "ready"}>
          <Show when={!isOnline()}>
            <OfflineCacheNote />
          </Show>
          <ul class="item-list" aria-label={searchStrings.resultsLabel}>
            <For each={connection()?.edges}>
              {(edge) => (
                <li>
                  <SearchResult item={edge.node} highlightedTitle={edge.highlightedTitle} snippet={edge.snippet} />
                </li>
              )}
            </For>
          </ul>
          <Show when={isOnline() && cursor.after() !== null ? result.error : undefined}>
            {(error) => <DataError error={error()} onRetry={retry} />}
          </Show>
          <div ref={sentinel} class="paged-list__sentinel" aria-hidden="true" />
          <Show when={hasNextPage()}>
            <button
              type="button"
              class="button button--secondary button--block"
              disabled={result.fetching || !isOnline()}
              onClick={loadMore}
            >
              {result.fetching ? searchStrings.loadingMore : commonStrings.loadMore}
            </button>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}
