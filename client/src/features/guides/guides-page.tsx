import { A, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import SearchIcon from "lucide-solid/icons/search";
import { createMemo, createUniqueId, For, type JSX, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { graphql, type ResultOf } from "../../lib/graphql";
import { listViewState } from "../../lib/list-state";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { createPageCursor, createShownConnection } from "../../lib/pagination";
import { commonStrings } from "../../lib/strings";
import { workingDays } from "./guide-format";
import { groupByCategory } from "./guide-groups";
import "../content/content.css";
import "./guides.css";
import { GUIDES_PATH, guidePath, guidesSearchPath } from "./paths";
import { guideStrings } from "./strings";

const GuidesQuery = graphql(`
  query GuidesPage_Guides($query: String, $category: String, $first: Int!, $after: String) {
    guideCategories {
      name
      count
    }
    guides(query: $query, category: $category, first: $first, after: $after) {
      totalCount
      edges {
        highlightedTitle
        snippet
        node {
          id
          slug
          title
          category
          implementingOrgan
          promisedDays
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type GuideEdge = ResultOf<typeof GuidesQuery>["guides"]["edges"][number];

/** The server's largest page: a bureau has a few dozen guides, so one page holds them in the usual case. */
const PAGE_SIZE = 50;
/** The content search's limit (server: MAX_QUERY_LENGTH). */
const QUERY_MAX_LENGTH = 100;

/**
 * /query/guides — every guide grouped by category, with a search box (the server's search; the
 * words live in the URL, so Back steps through searches and a search can be shared).
 */
export default function GuidesPage() {
  const strings = guideStrings.list;
  const [params, setParams] = useSearchParams<{ q?: string; category?: string }>();
  const query = () => (params.q ?? "").trim().slice(0, QUERY_MAX_LENGTH);
  const category = () => params.category || null;
  const key = createMemo(() => JSON.stringify([query(), category()]));
  const cursor = createPageCursor(key);
  const inputId = createUniqueId();

  const [result, reexecute] = createQuery({
    query: GuidesQuery,
    variables: () => ({ query: query() || null, category: category(), first: PAGE_SIZE, after: cursor.after() }),
    requestPolicy: "cache-and-network",
  });
  const connection = createShownConnection(key, () => {
    const variables = result.operation?.variables;
    return {
      key: JSON.stringify([variables?.query ?? "", variables?.category ?? null]),
      connection: result.data?.guides,
    };
  });
  const edges = () => connection()?.edges;
  const categories = () => result.data?.guideCategories ?? [];
  const groups = createMemo(() =>
    groupByCategory(
      (edges() ?? []).map((edge) => ({ ...edge, category: edge.node.category })),
      categories(),
    ),
  );
  const state = listViewState(result, edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    setParams({ q: q || undefined });
  };

  const status = () => {
    if (!query() || state() === "loading") return "";
    const count = connection()?.totalCount;
    return count === undefined ? "" : strings.resultCount(count, query());
  };

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading documentTitle={query() ? `${query()} - ${strings.pageTitle}` : undefined}>
        {strings.pageTitle}
      </PageHeading>
      <p class="page-intro">{strings.intro}</p>
      <search>
        <form class="guide-search" onSubmit={onSubmit}>
          <label class="visually-hidden" for={inputId}>
            {strings.searchLabel}
          </label>
          <input
            id={inputId}
            class="field__input guide-search__input"
            type="search"
            name="q"
            value={query()}
            maxLength={QUERY_MAX_LENGTH}
            placeholder={strings.searchPlaceholder}
            enterkeyhint="search"
            autocomplete="off"
          />
          <button type="submit" class="button">
            <SearchIcon size={20} aria-hidden="true" />
            {strings.searchSubmit}
          </button>
        </form>
      </search>
      <Show when={categories().length > 1}>
        <nav aria-label={strings.categoriesLabel}>
          <ul class="chip-list">
            <li>
              {/* Plain <a>: the router's <A> would mark 全部 current for every ?category= too. */}
              <a href={guidesSearchPath(query())} class="chip" aria-current={category() === null ? "true" : undefined}>
                {strings.allCategories}
              </a>
            </li>
            <For each={categories()}>
              {(item) => (
                <li>
                  <a
                    href={guidesSearchPath(query(), item.name)}
                    class="chip"
                    aria-current={category() === item.name ? "true" : undefined}
                  >
                    {item.name}
                    <span class="chip__count">{item.count}</span>
                  </a>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </Show>
      {/* Always in the page, so the count is announced when it changes. */}
      <p role="status" class="inline-note guide-search__count">
        {status()}
      </p>
      <Show when={!isOnline() && edges() !== undefined}>
        <OfflineCacheNote />
      </Show>
      <Switch>
        <Match when={state() === "loading"}>
          <SkeletonList count={4} />
        </Match>
        <Match when={state() === "offline"}>
          <DataOffline onRetry={retry} />
        </Match>
        <Match when={state() === "error" && result.error}>
          {(error) => <DataError error={error()} onRetry={retry} />}
        </Match>
        <Match when={state() === "empty"}>
          <div class="empty-state">
            <Show when={query()} fallback={<p>{strings.empty}</p>}>
              {(words) => (
                <>
                  <p>{strings.noResults(words())}</p>
                  <p>
                    <A href={GUIDES_PATH}>{strings.clearSearch}</A>
                  </p>
                </>
              )}
            </Show>
          </div>
        </Match>
        <Match when={state() === "ready"}>
          <For each={groups()}>
            {(group) => {
              const headingId = createUniqueId();
              return (
                <section class="guide-group" aria-labelledby={headingId}>
                  <h2 id={headingId} class="guide-group__title">
                    {group.name ?? strings.otherCategory}
                    <span class="guide-group__count">{strings.guideCount(group.guides.length)}</span>
                  </h2>
                  <ul class="guide-list">
                    <For each={group.guides}>{(edge) => <GuideCard edge={edge} />}</For>
                  </ul>
                </section>
              );
            }}
          </For>
          <Show when={connection()?.pageInfo.hasNextPage}>
            <button
              type="button"
              class="button button--secondary"
              disabled={result.fetching}
              onClick={() => cursor.advance(connection()?.pageInfo.endCursor)}
            >
              {commonStrings.loadMore}
            </button>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}

/**
 * One guide. When searching, highlightedTitle and snippet come from the server already
 * HTML-escaped with only <mark> around the matched words; nothing else goes to innerHTML.
 */
function GuideCard(props: { edge: GuideEdge }) {
  const strings = guideStrings.list;
  const guide = () => props.edge.node;
  return (
    <li class="guide-card">
      <h3 class="guide-card__title">
        <Show
          when={props.edge.highlightedTitle}
          fallback={
            <A href={guidePath(guide().slug)} class="guide-card__link">
              {guide().title}
            </A>
          }
        >
          {/* A plain <a>: the router still handles the click, and <a> takes innerHTML directly. */}
          {(title) => <a href={guidePath(guide().slug)} class="guide-card__link" innerHTML={title()} />}
        </Show>
      </h3>
      <Show when={props.edge.snippet}>{(snippet) => <p class="guide-card__snippet" innerHTML={snippet()} />}</Show>
      <p class="guide-card__meta">
        <span class="guide-card__promised">{strings.promised(workingDays(guide().promisedDays))}</span>
        <Show when={guide().implementingOrgan}>{(organ) => <span>{strings.organ(organ())}</span>}</Show>
      </p>
    </li>
  );
}
