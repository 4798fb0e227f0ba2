import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createMemo, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, SkeletonList } from "../../lib/data-states";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { decodeParam } from "../../lib/route-params";
import { viewState } from "../../lib/view-state";
import { buildBreadcrumbs, catalogCrumbs, findTreePath } from "./breadcrumbs";
import { BreadcrumbsNav } from "./breadcrumbs-nav";
import { CatalogTree } from "./catalog-tree";
import "./content.css";
import { type CatalogNode, DisclosureCatalogQuery } from "./disclosure-catalog-query";
import { PagedItemList } from "./paged-item-list";
import { DISCLOSURE_PATH } from "./paths";
import { contentStrings } from "./strings";

/** /news/disclosure/:code — the items filed under one catalog code, and its sub-codes. */
export default function DisclosureCatalogPage() {
  const strings = contentStrings.disclosure;
  const rawParams = useParams<{ code: string }>();
  const params = {
    get code() {
      return decodeParam(rawParams.code);
    },
  };
  const [result, reexecute] = createQuery({ query: DisclosureCatalogQuery, requestPolicy: "cache-and-network" });
  const path = createMemo(() =>
    findTreePath<CatalogNode>(result.data?.disclosureCatalog ?? [], (node) => node.code === params.code),
  );
  const node = () => path()?.at(-1);
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: result.data !== undefined,
      isEmpty: node() === undefined,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  return (
    <section class="page" aria-busy={state() === "loading"}>
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
          <BreadcrumbsNav trail={buildBreadcrumbs(catalogCrumbs([]), params.code)} />
          <PageHeading>{strings.catalogNotFoundTitle}</PageHeading>
          <div class="state-panel">
            <p>{strings.catalogNotFound}</p>
            <A href={DISCLOSURE_PATH} class="button button--secondary">
              {strings.backToCatalog}
            </A>
          </div>
        </Match>
        {/* Keyed: another code is another page (title, focus), though the tree data is the same. */}
        <Match when={node()} keyed>
          {(current) => (
            <>
              <BreadcrumbsNav trail={buildBreadcrumbs(catalogCrumbs(path() ?? []))} />
              <PageHeading>{`${current.name}（${current.code}）`}</PageHeading>
              <Show when={(current.children?.length ?? 0) > 0}>
                <CatalogTree nodes={current.children ?? []} nested />
              </Show>
              <PagedItemList
                filter={{ catalogCode: params.code }}
                label={current.name}
                emptyText={strings.catalogEmpty}
                showColumn={false}
              />
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
