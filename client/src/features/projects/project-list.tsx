import { createQuery } from "@urql/solid";
import { type Accessor, createMemo, For, type JSX, Show } from "solid-js";
import { DataError } from "../../lib/data-states";
import { errorCode } from "../../lib/errors";
import { graphql, type ResultOf } from "../../lib/graphql";
import { createInfiniteScroll } from "../../lib/infinite-scroll";
import { listViewState } from "../../lib/list-state";
import { isOnline } from "../../lib/online";
import { createPageCursor, createShownConnection } from "../../lib/pagination";
import { commonStrings } from "../../lib/strings";
import { formatQuarter } from "./format";
import { ProjectCard, ProjectCard_ProjectFragment } from "./project-card";
import { filtersKey, keyOfVariables, type ProjectFilters, projectsVariables } from "./project-filters";
import { ProjectSuggestions_Fragment } from "./project-suggestions";
import { projectsStrings } from "./strings";

/**
 * The `projects` connection as both lists read it: the lookup (/query/projects) and the key
 * projects (/query/key-projects, which also shows each project's latest quarterly progress).
 */
const ProjectListQuery = graphql(
  `
  query ProjectList(
    $query: String
    $district: String
    $stage: String
    $landUseClass: String
    $keyProject: Boolean
    $hotArea: String
    $issuedFrom: String
    $issuedTo: String
    $first: Int!
    $after: String
    $withProgress: Boolean!
  ) {
    projects(
      query: $query
      district: $district
      stage: $stage
      landUseClass: $landUseClass
      keyProject: $keyProject
      hotArea: $hotArea
      issuedFrom: $issuedFrom
      issuedTo: $issuedTo
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        highlightedName
        exactMatch
        node {
          id
          code
          progress @include(if: $withProgress) {
            quarter
            stage
            note
          }
          ...ProjectCard_Project
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      suggestions {
        ...ProjectSuggestions
      }
    }
  }
`,
  [ProjectCard_ProjectFragment, ProjectSuggestions_Fragment],
);

export type ProjectEdge = ResultOf<typeof ProjectListQuery>["projects"]["edges"][number];

const PAGE_SIZE = 20;

/**
 * One paginated project list for the filters in the URL: "加载更多" and infinite scroll, the
 * previous lookup's pages never shown as the new one's, a failed "load more" keeping what is shown.
 */
export function createProjectList(
  filters: Accessor<ProjectFilters>,
  options: { withProgress: boolean; paused: Accessor<boolean> },
) {
  const key = createMemo(() => filtersKey(filters()));
  const cursor = createPageCursor(key);
  const [result, reexecute] = createQuery({
    query: ProjectListQuery,
    variables: () => ({
      ...projectsVariables(filters()),
      first: PAGE_SIZE,
      after: cursor.after(),
      withProgress: options.withProgress,
    }),
    pause: options.paused,
    requestPolicy: "cache-and-network",
  });
  const connection = createShownConnection(key, () => ({
    key: keyOfVariables(result.operation?.variables),
    connection: result.data?.projects,
  }));
  const hasNextPage = () => connection()?.pageInfo.hasNextPage === true;
  const loadMore = () => cursor.advance(connection()?.pageInfo.endCursor);
  return {
    result,
    connection,
    cursor,
    state: listViewState(result, () => connection()?.edges),
    /** A refused lookup (the server's message names what is wrong). */
    badInput: () => (result.error && errorCode(result.error) === "BAD_USER_INPUT" ? result.error : undefined),
    retry: () => reexecute({ requestPolicy: "network-only" }),
    hasNextPage,
    loadMore,
    sentinel: createInfiniteScroll({
      canLoad: () => hasNextPage() && !result.fetching && !result.error && isOnline(),
      load: loadMore,
    }),
  };
}

export type ProjectList = ReturnType<typeof createProjectList>;

/** The cards of a list with its "加载更多" button (always shown: keyboards never scroll into a sentinel). */
export function ProjectListItems(props: {
  list: ProjectList;
  label: string;
  highlight: boolean;
  /** Under each card's facts (the key projects' latest progress). */
  extra?: (edge: ProjectEdge) => JSX.Element;
}) {
  const list = () => props.list;
  return (
    <>
      <ul class="item-list" aria-label={props.label}>
        <For each={list().connection()?.edges}>
          {(edge) => (
            <li>
              <ProjectCard project={edge.node} highlightedName={props.highlight ? edge.highlightedName : undefined}>
                {props.extra?.(edge)}
              </ProjectCard>
            </li>
          )}
        </For>
      </ul>
      <Show when={isOnline() && list().cursor.after() !== null ? list().result.error : undefined}>
        {(error) => <DataError error={error()} onRetry={list().retry} />}
      </Show>
      <div ref={list().sentinel} class="paged-list__sentinel" aria-hidden="true" />
      <Show
        when={list().hasNextPage()}
        fallback={
          <Show when={list().cursor.after() !== null}>
            <p class="paged-list__end inline-note">{projectsStrings.lookup.loadedAll}</p>
          </Show>
        }
      >
        <button
          type="button"
          class="button button--secondary button--block"
          disabled={list().result.fetching || !isOnline()}
          onClick={() => list().loadMore()}
        >
          {list().result.fetching ? projectsStrings.lookup.loadingMore : commonStrings.loadMore}
        </button>
      </Show>
    </>
  );
}

/** The newest quarter's note (the API lists the newest quarter first). */
export function LatestProgress(edge: ProjectEdge) {
  const latest = edge.node.progress?.[0];
  return (
    <p class="project-card__progress">
      <Show when={latest} fallback={projectsStrings.keyProjects.noProgress}>
        {(note) => (
          <>
            <strong>
              {projectsStrings.keyProjects.latestProgress}（{formatQuarter(note().quarter)}）：
            </strong>
            {note().note}
          </>
        )}
      </Show>
    </p>
  );
}
