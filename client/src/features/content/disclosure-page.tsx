import { createQuery } from "@urql/solid";
import { Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { viewState } from "../../lib/view-state";
import { buildBreadcrumbs, catalogCrumbs } from "./breadcrumbs";
import { BreadcrumbsNav } from "./breadcrumbs-nav";
import { CatalogTree } from "./catalog-tree";
import "./content.css";
import { DisclosureCatalogQuery } from "./disclosure-catalog-query";
import { contentStrings } from "./strings";

/** /news/disclosure — 政务信息公开 by catalog code. */
export default function DisclosurePage() {
  const strings = contentStrings.disclosure;
  const [result, reexecute] = createQuery({ query: DisclosureCatalogQuery, requestPolicy: "cache-and-network" });
  const catalog = () => result.data?.disclosureCatalog;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: catalog() !== undefined,
      isEmpty: catalog()?.length === 0,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <BreadcrumbsNav trail={buildBreadcrumbs(catalogCrumbs([]))} />
      <PageHeading>{strings.pageTitle}</PageHeading>
      <p class="page-intro">{strings.intro}</p>
      <Show when={!isOnline() && catalog() !== undefined}>
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
          <CatalogTree nodes={catalog() ?? []} label={strings.catalogLabel} />
        </Match>
      </Switch>
    </section>
  );
}
