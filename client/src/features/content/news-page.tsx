import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronRight from "lucide-solid/icons/chevron-right";
import Landmark from "lucide-solid/icons/landmark";
import Search from "lucide-solid/icons/search";
import { For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { formatDate } from "../../lib/dates";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { viewState } from "../../lib/view-state";
import { type ColumnTreeNode, ColumnTreeQuery } from "./column-tree-query";
import "./content.css";
import { columnPath, DISCLOSURE_PATH } from "./paths";
import { contentStrings } from "./strings";

/** 资讯: shortcuts to 政务信息公开 and 搜索, then every column with its count and latest date. */
export default function NewsPage() {
  const strings = contentStrings.news;
  const [result, reexecute] = createQuery({ query: ColumnTreeQuery, requestPolicy: "cache-and-network" });
  const columns = () => result.data?.columns;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: columns() !== undefined,
      isEmpty: columns()?.length === 0,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <nav aria-label={strings.shortcutsLabel}>
        <ul class="shortcut-list">
          <li>
            <A href={DISCLOSURE_PATH} class="shortcut">
              <Landmark size={24} aria-hidden="true" />
              <span class="shortcut__text">
                <span class="shortcut__title">{strings.disclosure}</span>
                <span class="shortcut__hint">{strings.disclosureHint}</span>
              </span>
            </A>
          </li>
          <li>
            <A href="/search" class="shortcut">
              <Search size={24} aria-hidden="true" />
              <span class="shortcut__text">
                <span class="shortcut__title">{strings.search}</span>
                <span class="shortcut__hint">{strings.searchHint}</span>
              </span>
            </A>
          </li>
        </ul>
      </nav>
      <h2 class="section-title">{strings.columnsHeading}</h2>
      <Show when={!isOnline() && columns() !== undefined}>
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
          <p class="empty-state">{strings.empty}</p>
        </Match>
        <Match when={state() === "ready"}>
          <ColumnList columns={columns() ?? []} label={strings.columnsLabel} />
        </Match>
      </Switch>
    </section>
  );
}

function ColumnList(props: { columns: readonly ColumnTreeNode[]; label?: string; nested?: boolean }) {
  return (
    <ul class="column-list" classList={{ "column-list--nested": props.nested === true }} aria-label={props.label}>
      <For each={props.columns}>
        {(column) => (
          <li>
            <A href={columnPath(column.slug)} class="column-link">
              <span class="column-link__text">
                <span class="column-link__name">{column.name}</span>
                <span class="column-link__meta">
                  {column.itemCount > 0
                    ? contentStrings.news.itemCount(column.itemCount)
                    : contentStrings.news.noItemsYet}
                  <Show when={column.latestPublishedAt}>
                    {(latest) => (
                      <>
                        {" · "}
                        {contentStrings.news.latest} <time datetime={latest()}>{formatDate(latest())}</time>
                      </>
                    )}
                  </Show>
                </span>
              </span>
              <ChevronRight size={20} aria-hidden="true" />
            </A>
            <Show when={column.children?.length}>
              <ColumnList columns={column.children ?? []} nested />
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
