import { A, useParams, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createMemo, createSignal, For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, SkeletonList } from "../../lib/data-states";
import { errorCode } from "../../lib/errors";
import { graphql } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { decodeParam } from "../../lib/route-params";
import { viewState } from "../../lib/view-state";
import { buildBreadcrumbs, columnCrumbs, findTreePath } from "./breadcrumbs";
import { BreadcrumbsNav } from "./breadcrumbs-nav";
import { type ColumnTreeNode, ColumnTreeQuery } from "./column-tree-query";
import "./content.css";
import { contentKindLabel, kindChoices, parseContentKind } from "./kind-filter";
import { PagedItemList } from "./paged-item-list";
import { columnPath, NEWS_PATH } from "./paths";
import { contentStrings } from "./strings";

const ColumnQuery = graphql(`
  query ColumnPage_Column($slug: String!) {
    column(slug: $slug) {
      id
      slug
      name
      description
      children {
        id
        slug
        name
        itemCount
      }
    }
  }
`);

/** /news/:slug — one column: trail, name and description, sub-columns, then its items. */
export default function ColumnPage() {
  const strings = contentStrings.column;
  const rawParams = useParams<{ slug: string }>();
  const params = {
    get slug() {
      return decodeParam(rawParams.slug);
    },
  };
  const [searchParams] = useSearchParams<{ kind?: string }>();
  const kind = () => parseContentKind(searchParams.kind);

  const [result, reexecute] = createQuery({
    query: ColumnQuery,
    variables: () => ({ slug: params.slug }),
    requestPolicy: "cache-and-network",
  });
  // Only for the breadcrumbs; usually already cached by the 资讯 page.
  const [tree] = createQuery({ query: ColumnTreeQuery, requestPolicy: "cache-first" });

  const column = () => (result.data?.column?.slug === params.slug ? result.data.column : undefined);
  const notFound = () => result.error !== undefined && errorCode(result.error) === "NOT_FOUND";
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: column() !== undefined,
      isEmpty: false,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const trail = createMemo(() => {
    const current = column();
    const path = findTreePath<ColumnTreeNode>(tree.data?.columns ?? [], (node) => node.slug === params.slug);
    return buildBreadcrumbs(columnCrumbs(path ?? (current ? [current] : [])));
  });

  // Kinds seen in the unfiltered list decide whether kind chips are worth showing.
  const [seenKinds, setSeenKinds] = createSignal<{ slug: string; kinds: string[] }>({ slug: "", kinds: [] });
  const chips = () => {
    const seen = seenKinds();
    return kindChoices(seen.slug === params.slug ? seen.kinds : [], kind());
  };

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <Switch>
        <Match when={notFound()}>
          <BreadcrumbsNav trail={buildBreadcrumbs(columnCrumbs([]), strings.notFoundTitle)} />
          <PageHeading>{strings.notFoundTitle}</PageHeading>
          <div class="state-panel">
            <p>{strings.notFound}</p>
            <A href={NEWS_PATH} class="button button--secondary">
              {strings.backToNews}
            </A>
          </div>
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
        {/* Keyed: a sub-column is another page (title, focus) on the same route component. */}
        <Match when={column()} keyed>
          {(current) => (
            <>
              <BreadcrumbsNav trail={trail()} />
              <PageHeading>{current.name}</PageHeading>
              <Show when={current.description}>{(text) => <p class="page-intro">{text()}</p>}</Show>
              <Show when={current.children.length > 0}>
                <nav aria-labelledby="sub-columns-heading" class="sub-columns">
                  <h2 id="sub-columns-heading" class="section-title">
                    {strings.subColumns}
                  </h2>
                  <ul class="chip-list">
                    <For each={current.children}>
                      {(child) => (
                        <li>
                          <A href={columnPath(child.slug)} class="chip">
                            {child.name}
                            <span class="chip__count">
                              {child.itemCount}
                              <span class="visually-hidden"> 条</span>
                            </span>
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </nav>
              </Show>
              <Show when={chips().length > 0}>
                <nav aria-label={strings.kindFilterLabel}>
                  <ul class="chip-list">
                    <li>
                      {/* Plain <a>: the router's <A> would mark 全部 current for every ?kind= too. */}
                      <a
                        href={columnPath(params.slug)}
                        class="chip"
                        aria-current={kind() === null ? "true" : undefined}
                      >
                        {strings.allKinds}
                      </a>
                    </li>
                    <For each={chips()}>
                      {(choice) => (
                        <li>
                          <a
                            href={`${columnPath(params.slug)}?kind=${choice}`}
                            class="chip"
                            aria-current={kind() === choice ? "true" : undefined}
                          >
                            {contentKindLabel(choice)}
                          </a>
                        </li>
                      )}
                    </For>
                  </ul>
                </nav>
              </Show>
              <PagedItemList
                filter={{ column: params.slug, kind: kind() }}
                label={strings.listLabel(current.name)}
                emptyText={kind() ? strings.emptyForKind : strings.empty}
                onKinds={(kinds) => {
                  if (kind() === null) setSeenKinds({ slug: params.slug, kinds });
                }}
              />
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
