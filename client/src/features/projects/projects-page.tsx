import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, Match, Show, Switch } from "solid-js";
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
import { projectPath } from "./paths";
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
import { createProjectList, ProjectListItems } from "./project-list";
import { ProjectSearchForm } from "./project-search-form";
import { ProjectSuggestions } from "./project-suggestions";
import "./projects.css";
import { projectsStrings } from "./strings";

/**
 * /query/projects?q=…&district=… — the project lookup. The words and filters live in the URL
 * (shareable; Back steps through lookups). A project code or permit number typed exactly opens
 * that project; nothing found shows suggestions, never a blank page.
 */
export default function ProjectsPage() {
  const strings = projectsStrings.lookup;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams<Record<FilterParam, string>>();
  const parsed = createMemo(() => parseProjectFilters({ ...params }));
  const filters = () => parsed().filters;
  const go = (next: ProjectFilters) => setParams(toFilterParams(next));
  const options = createFilterOptions();
  // A key switch that says neither on nor off cannot be asked; the page explains instead.
  const list = createProjectList(filters, { withProgress: false, paused: () => parsed().invalidKey !== null });
  const { connection, state } = list;

  // An exact permit number or project code opens its project. The lookup's URL is replaced, so
  // Back returns to where the person typed it rather than bouncing through this page again.
  // Digits alone may name two projects (地字 and 建字 share serials): then both head the list and
  // the person chooses; the lookup never opens one of them at random.
  createEffect(() => {
    const exact = connection()?.edges.filter((edge) => edge.exactMatch) ?? [];
    const [only] = exact;
    if (filters().q && only && exact.length === 1) navigate(projectPath(only.node.code), { replace: true });
  });

  const status = () => {
    if (list.badInput() || parsed().invalidKey !== null) return "";
    if (state() === "loading") return commonStrings.loading;
    const count = connection()?.totalCount;
    if (count === undefined) return "";
    if (filters().q) return strings.resultCount(formatCount(count), filters().q);
    return activeFilterCount(filters()) > 0
      ? strings.filteredCount(formatCount(count))
      : strings.allProjects(formatCount(count));
  };

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading documentTitle={filters().q ? `${filters().q} - ${strings.pageTitle}` : undefined}>
        {strings.pageTitle}
      </PageHeading>
      <ProjectSearchForm value={filters().q} onSearch={(q) => go({ ...filters(), q })} />
      <div class="query-toolbar">
        <FilterSheet filters={filters()} options={options()} onApply={go} />
      </div>
      <ActiveFilters filters={filters()} options={options()} onApply={go} />

      {/* Always in the page, so the count is announced when it changes. */}
      <p role="status" class="search-count">
        {status()}
      </p>

      <Switch>
        <Match when={parsed().invalidKey}>
          {(value) => (
            <InvalidFilterNotice
              message={projectsStrings.invalid.key(value())}
              actions={fixActions(filters(), "key", go)}
            />
          )}
        </Match>
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
          <div class="empty-state project-suggestions">
            <p>{projectsStrings.empty.title(filters().q)}</p>
            <p>{projectsStrings.empty.tips}</p>
            <Show when={activeFilterCount(filters()) > 0}>
              <p>
                <A href={projectsHref(clearFilters(filters()))}>{projectsStrings.empty.clearFilters}</A>
              </p>
            </Show>
          </div>
          <Show when={connection()?.suggestions}>
            {(suggestions) => <ProjectSuggestions suggestions={suggestions()} />}
          </Show>
        </Match>
        <Match when={state() === "ready"}>
          <Show when={!isOnline()}>
            <OfflineCacheNote />
          </Show>
          <ProjectListItems list={list} label={strings.resultsLabel} highlight={filters().q !== ""} />
        </Match>
      </Switch>
    </section>
  );
}
