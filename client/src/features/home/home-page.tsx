import { createQuery } from "@urql/solid";
import { For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { graphql } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { viewState } from "../../lib/view-state";
import { ContentCard, ContentCard_ContentItemFragment } from "./content-card";
import "./home.css";
import { homeStrings } from "./strings";

const LatestContentQuery = graphql(
  `
  query HomePage_LatestContent($first: Int!) {
    latestContent(first: $first) {
      edges {
        node {
          id
          ...ContentCard_ContentItem
        }
      }
    }
  }
`,
  [ContentCard_ContentItemFragment],
);

const PAGE_SIZE = 20;

export default function HomePage() {
  // cache-and-network: show what IndexedDB has at once, then refresh from the server.
  const [result, reexecute] = createQuery({
    query: LatestContentQuery,
    variables: { first: PAGE_SIZE },
    requestPolicy: "cache-and-network",
  });

  const edges = () => result.data?.latestContent.edges;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: edges() !== undefined,
      isEmpty: edges()?.length === 0,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading>{homeStrings.pageTitle}</PageHeading>
      <Show when={!isOnline() && edges() !== undefined}>
        <OfflineCacheNote />
      </Show>
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
          <p class="empty-state">{homeStrings.empty}</p>
        </Match>
        <Match when={state() === "ready"}>
          <Show when={isOnline() && result.error}>
            <p class="inline-note">{homeStrings.refreshFailed}</p>
          </Show>
          <ul class="content-list" aria-label={homeStrings.listLabel}>
            <For each={edges()}>
              {(edge) => (
                <li>
                  <ContentCard item={edge.node} />
                </li>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </section>
  );
}
