import { A, useSearchParams } from "@solidjs/router";
import { createMemo, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { errorMessage } from "../../lib/errors";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { commonStrings } from "../../lib/strings";
import "../content/content.css";
import "../search/search.css";
import { createFilterOptions } from "./filter-options";
import { ActiveFilters, FilterSheet } from "./filter-sheet";
import { formatCount } from "./format";
import { fixActions, InvalidFilterNotice } from "./invalid-filter-notice";
import { KEY_PROJECTS_PATH } from "./paths";
import {
  activeFilterCount,
  clearFilters,
  type FilterParam,
  type ProjectFilters,
  paramOfField,
  parseProjectFilters,
  projectsHref,
  toFilterParams,
} from "./project-filters";
import { createProjectList, LatestProgress, ProjectListItems } from "./project-list";
import "./projects.css";
import { projectsStrings } from "./strings";

/**
 * /query/key-projects — the key projects (重点项目), newest permit first, each with its stage and
 * latest quarterly progress; filterable like the lookup (the filters live in the URL).
 */
export default function KeyProjectsPage() {
  const strings = projectsStrings.keyProjects;
  const [params, setParams] = useSearchParams<Record<FilterParam, string>>();
  // Every lookup here is of key projects; the switch is not in this page's URL.
  const filters = createMemo(() => ({
    ...parseProjectFilters({ ...params, key: undefined }).filters,
    keyProject: true,
  }));
  const go = (next: ProjectFilters) => setParams({ ...toFilterParams(next), key: undefined });
  const options = createFilterOptions();
  const list = createProjectList(filters, { withProgress: true, paused: () => false });
  const { connection, state } = list;

  const status = () => {
    if (list.badInput() || state() === "loading") return state() === "loading" ? commonStrings.loading : "";
    const count = connection()?.totalCount;
    return count === undefined ? "" : strings.count(formatCount(count));
  };

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <p class="page-intro">{strings.intro}</p>
      <div class="query-toolbar">
        <FilterSheet filters={filters()} options={options()} onApply={go} hideKeyProject />
      </div>
      <ActiveFilters filters={filters()} options={options()} onApply={go} hideKeyProject />
      <p role="status" class="search-count">
        {status()}
      </p>

      <Switch>
        <Match when={list.badInput()}>
          {(error) => (
            <InvalidFilterNotice
              message={errorMessage(error())}
              actions={fixActions(filters(), paramOfField(error().graphQLErrors[0]?.extensions?.field), go)}
            />
          )}
        </Match>
        <Match when={state() === "loading"}>
          <SkeletonList count={3} />
        </Match>
        <Match when={state() === "offline"}>
          <DataOffline onRetry={list.retry} />
        </Match>
        <Match when={state() === "error" && list.result.error}>
          {(error) => <DataError error={error()} onRetry={list.retry} />}
        </Match>
        <Match when={state() === "empty"}>
          <div class="empty-state">
            <p>{strings.empty}</p>
            <Show when={activeFilterCount(filters()) > 1}>
              <p>
                <A href={projectsHref(clearFilters(filters()), KEY_PROJECTS_PATH)}>
                  {projectsStrings.empty.clearFilters}
                </A>
              </p>
            </Show>
          </div>
        </Match>
        <Match when={state() === "ready"}>
          <Show when={!isOnline()}>
            <OfflineCacheNote />
          </Show>
          <ProjectListItems list={list} label={strings.listLabel} highlight={false} extra={LatestProgress} />
        </Match>
      </Switch>
    </section>
  );
}
