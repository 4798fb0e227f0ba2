import { useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import SearchIcon from "lucide-solid/icons/search";
import { createMemo, createSignal, createUniqueId, For, type JSX, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { formatDate } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { createInfiniteScroll } from "../../lib/infinite-scroll";
import { listViewState } from "../../lib/list-state";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { createPageCursor, createShownConnection } from "../../lib/pagination";
import { commonStrings } from "../../lib/strings";
import "./letters.css";
import {
  hasFilters,
  PUBLISHED_TYPES,
  type PublishedFilters,
  type PublishedType,
  parsePublishedFilters,
  recentMonths,
  SEARCH_MAX,
  toSearchParams,
} from "./published-filters";
import { lettersStrings } from "./strings";

const strings = lettersStrings.published;

export const PublishedLetterCard_Fragment = graphql(`
  fragment PublishedLetterCard_PublishedLetter on PublishedLetter {
    id
    type
    subject
    body
    reply
    acceptedAt
    repliedAt
    departmentName
  }
`);

const PublishedLettersQuery = graphql(
  `
  query PublishedLettersPage_Letters($first: Int!, $after: String, $type: LetterType, $month: String, $search: String) {
    publishedLetters(first: $first, after: $after, type: $type, month: $month, search: $search) {
      totalCount
      edges {
        node {
          id
          ...PublishedLetterCard_PublishedLetter
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [PublishedLetterCard_Fragment],
);

const PAGE_SIZE = 20;

const variablesKey = (variables: { type?: unknown; month?: unknown; search?: unknown } | undefined) =>
  JSON.stringify([variables?.type ?? null, variables?.month ?? null, variables?.search ?? null]);

/**
 * /letters/published — 公开信件: letters whose writers agreed, with the acceptance date, reply date,
 * replying department and reply (what the national guideline for government sites asks for).
 * Filters by type and month of acceptance, search, and more as the list scrolls.
 */
export default function PublishedLettersPage() {
  const [params, setParams] = useSearchParams<{ type?: string; month?: string; q?: string }>();
  const filters = createMemo(() => parsePublishedFilters({ type: params.type, month: params.month, q: params.q }));
  const go = (next: PublishedFilters) => setParams(toSearchParams(next));
  const variables = () => ({ type: filters().type, month: filters().month, search: filters().q || null });
  const key = createMemo(() => variablesKey(variables()));
  const cursor = createPageCursor(key);
  const ids = { search: createUniqueId(), type: createUniqueId(), month: createUniqueId() };
  const months = recentMonths(new Date());

  const [result, reexecute] = createQuery({
    query: PublishedLettersQuery,
    variables: () => ({ ...variables(), first: PAGE_SIZE, after: cursor.after() }),
    requestPolicy: "cache-and-network",
  });
  const connection = createShownConnection(key, () => ({
    key: variablesKey(result.operation?.variables),
    connection: result.data?.publishedLetters,
  }));
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const hasNextPage = () => connection()?.pageInfo.hasNextPage === true;
  const loadMore = () => cursor.advance(connection()?.pageInfo.endCursor);
  const sentinel = createInfiniteScroll({
    canLoad: () => hasNextPage() && !result.fetching && !result.error && isOnline(),
    load: loadMore,
  });

  const onSearch: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    go({ ...filters(), q });
  };

  const count = () => {
    const total = connection()?.totalCount;
    return state() === "ready" && total !== undefined ? strings.count(total) : "";
  };

  return (
    <section class="page letters-page" aria-busy={state() === "loading"}>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <p class="page-intro">{strings.intro}</p>
      <search class="published-filters">
        <form class="search-form" onSubmit={onSearch}>
          <label class="visually-hidden" for={ids.search}>
            {strings.searchLabel}
          </label>
          <input
            id={ids.search}
            class="field__input search-form__input"
            type="search"
            name="q"
            value={filters().q}
            maxLength={SEARCH_MAX}
            placeholder={strings.searchPlaceholder}
            enterkeyhint="search"
            autocomplete="off"
          />
          <button type="submit" class="button">
            <SearchIcon size={20} aria-hidden="true" />
            {strings.search}
          </button>
        </form>
        <div class="published-filters__selects">
          <div class="field">
            <label class="field__label" for={ids.type}>
              {strings.typeFilter}
            </label>
            <select
              id={ids.type}
              class="field__input"
              value={filters().type ?? ""}
              onChange={(event) =>
                go({ ...filters(), type: (event.currentTarget.value || null) as PublishedType | null })
              }
            >
              <option value="">{strings.allTypes}</option>
              <For each={PUBLISHED_TYPES}>
                {(type) => <option value={type}>{lettersStrings.typeLabels[type]}</option>}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for={ids.month}>
              {strings.monthFilter}
            </label>
            <select
              id={ids.month}
              class="field__input"
              value={filters().month ?? ""}
              onChange={(event) => go({ ...filters(), month: event.currentTarget.value || null })}
            >
              <option value="">{strings.allMonths}</option>
              <For each={months}>
                {(month) => <option value={month.value}>{strings.month(month.year, month.month)}</option>}
              </For>
            </select>
          </div>
        </div>
      </search>

      <p role="status" class="search-count">
        {count()}
      </p>

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
          <div class="empty-state">
            <p>{hasFilters(filters()) ? strings.emptyFiltered : strings.empty}</p>
            <Show when={hasFilters(filters())}>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => go({ type: null, month: null, q: "" })}
              >
                {strings.clearFilters}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={state() === "ready"}>
          <Show when={!isOnline()}>
            <OfflineCacheNote />
          </Show>
          <ul class="published-list" aria-label={strings.listLabel}>
            <For each={connection()?.edges}>
              {(edge) => (
                <li>
                  <PublishedLetterCard letter={edge.node} />
                </li>
              )}
            </For>
          </ul>
          <Show when={isOnline() && cursor.after() !== null ? result.error : undefined}>
            {(error) => <DataError error={error()} onRetry={retry} />}
          </Show>
          <div ref={sentinel} class="paged-list__sentinel" aria-hidden="true" />
          <Show
            when={hasNextPage()}
            fallback={
              <Show when={(connection()?.edges.length ?? 0) > PAGE_SIZE}>
                <p class="inline-note paged-list__end">{strings.loadedAll}</p>
              </Show>
            }
          >
            <button
              type="button"
              class="button button--secondary button--block"
              disabled={result.fetching || !isOnline()}
              onClick={loadMore}
            >
              {result.fetching ? strings.loadingMore : commonStrings.loadMore}
            </button>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}

/** One published letter: what was asked and what the bureau answered, with the guideline's dates. */
function PublishedLetterCard(props: { letter: FragmentOf<typeof PublishedLetterCard_Fragment> }) {
  const letter = () => readFragment(PublishedLetterCard_Fragment, props.letter);
  const id = createUniqueId();
  const [expanded, setExpanded] = createSignal(false);
  return (
    <article class="published-letter" aria-labelledby={`${id}-title`}>
      <p class="letters-type">{lettersStrings.typeLabels[letter().type]}</p>
      <h2 id={`${id}-title`} class="published-letter__subject">
        {letter().subject}
      </h2>
      <dl class="published-letter__meta">
        <div>
          <dt>{strings.acceptedAt}</dt>
          <dd>
            <time datetime={letter().acceptedAt}>{formatDate(letter().acceptedAt)}</time>
          </dd>
        </div>
        <Show when={letter().repliedAt}>
          {(repliedAt) => (
            <div>
              <dt>{strings.repliedAt}</dt>
              <dd>
                <time datetime={repliedAt()}>{formatDate(repliedAt())}</time>
              </dd>
            </div>
          )}
        </Show>
        <Show when={letter().departmentName}>
          {(department) => (
            <div>
              <dt>{strings.department}</dt>
              <dd>{department()}</dd>
            </div>
          )}
        </Show>
      </dl>
      <div id={`${id}-texts`} class="published-letter__texts" classList={{ "is-expanded": expanded() }}>
        <h3 class="published-letter__label">{strings.letter}</h3>
        <p class="published-letter__body">{letter().body}</p>
        <h3 class="published-letter__label">{strings.reply}</h3>
        <p class="published-letter__reply">{letter().reply}</p>
      </div>
      <button
        type="button"
        class="button button--quiet button--small published-letter__toggle"
        aria-expanded={expanded()}
        aria-controls={`${id}-texts`}
        onClick={() => setExpanded((open) => !open)}
      >
        {expanded() ? strings.showLess : strings.showMore}
      </button>
    </article>
  );
}
