import { A, useNavigate } from "@solidjs/router";
import BookOpenCheck from "lucide-solid/icons/book-open-check";
import Building from "lucide-solid/icons/building";
import MapPinned from "lucide-solid/icons/map-pinned";
import Star from "lucide-solid/icons/star";
import { type Component, createUniqueId, For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import "../content/content.css";
import { GUIDES_PATH } from "../guides/paths";
import "../search/search.css";
import { TOPICS_PATH } from "../topics/paths";
import { KEY_PROJECTS_PATH, PROJECTS_PATH } from "./paths";
import { ProjectCard } from "./project-card";
import { EMPTY_FILTERS, type ProjectFilters, projectsHref } from "./project-filters";
import { createProjectList, LatestProgress } from "./project-list";
import { ProjectSearchForm } from "./project-search-form";
import "./projects.css";
import { projectsStrings } from "./strings";

const strings = projectsStrings.hub;

/** How many key projects the hub shows; the key-projects page has them all. */
const RECENT_KEY_PROJECTS = 3;

/**
 * The key projects, exactly as /query/key-projects asks for them (newest permit first, with their
 * progress): one cached list, so that page opens at once (offline too) after this one, and the
 * two never merge differently shaped pages of the same list in graphcache.
 */
const KEY_PROJECTS: ProjectFilters = { ...EMPTY_FILTERS, keyProject: true };

interface Shortcut {
  href: string;
  title: string;
  hint: string;
  icon: Component<{ size?: number; "aria-hidden"?: "true" }>;
}

const SHORTCUTS: readonly Shortcut[] = [
  { href: PROJECTS_PATH, title: strings.projects, hint: strings.projectsHint, icon: Building },
  { href: GUIDES_PATH, title: strings.guides, hint: strings.guidesHint, icon: BookOpenCheck },
  { href: KEY_PROJECTS_PATH, title: strings.keyProjects, hint: strings.keyProjectsHint, icon: Star },
  { href: TOPICS_PATH, title: strings.topics, hint: strings.topicsHint, icon: MapPinned },
];

/** /query — the 查询 tab: one search box, the ways in, and the key projects that moved last. */
export default function QueryHubPage() {
  const navigate = useNavigate();
  const hintId = createUniqueId();
  const list = createProjectList(() => KEY_PROJECTS, { withProgress: true, paused: () => false });
  const recent = () => list.connection()?.edges.slice(0, RECENT_KEY_PROJECTS);
  const { state, retry } = list;

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <ProjectSearchForm
        value=""
        describedBy={hintId}
        onSearch={(q) => navigate(projectsHref({ ...EMPTY_FILTERS, q }))}
      />
      <p id={hintId} class="query-hint">
        {strings.hint}
      </p>
      <nav aria-label={strings.shortcutsLabel}>
        <ul class="shortcut-list">
          <For each={SHORTCUTS}>
            {(shortcut) => (
              <li>
                <A href={shortcut.href} class="shortcut">
                  <shortcut.icon size={24} aria-hidden="true" />
                  <span class="shortcut__text">
                    <span class="shortcut__title">{shortcut.title}</span>
                    <span class="shortcut__hint">{shortcut.hint}</span>
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </nav>

      <section class="page" aria-labelledby="recent-key-projects-heading">
        <h2 id="recent-key-projects-heading" class="section-title">
          {strings.recentKeyProjects}
        </h2>
        <Show when={!isOnline() && recent() !== undefined}>
          <OfflineCacheNote />
        </Show>
        <Switch>
          <Match when={state() === "loading"}>
            <SkeletonList count={2} />
          </Match>
          <Match when={state() === "offline"}>
            <DataOffline onRetry={retry} />
          </Match>
          <Match when={state() === "error" && list.result.error}>
            {(error) => <DataError error={error()} onRetry={retry} />}
          </Match>
          <Match when={state() === "empty"}>
            <p class="empty-state">{strings.noKeyProjects}</p>
          </Match>
          <Match when={state() === "ready"}>
            <ul class="item-list">
              <For each={recent()}>
                {(edge) => (
                  <li>
                    <ProjectCard project={edge.node} headingLevel={3}>
                      {LatestProgress(edge)}
                    </ProjectCard>
                  </li>
                )}
              </For>
            </ul>
            <p>
              <A href={KEY_PROJECTS_PATH}>{strings.allKeyProjects}</A>
            </p>
          </Match>
        </Switch>
      </section>
    </section>
  );
}
