import type { RouteDefinition } from "@solidjs/router";
import { type Component, lazy } from "solid-js";

/**
 * A lazy page together with the features' graphcache configuration (lib/feature-caches.ts): the
 * two chunks download in parallel, and the page renders (and runs its first query) only once the
 * configuration is in place.
 */
function page(load: () => Promise<{ default: Component }>) {
  return lazy(async () => {
    const [module] = await Promise.all([
      load(),
      import("./lib/feature-caches").then((caches) => caches.registerFeatureCaches()),
    ]);
    return module;
  });
}

/**
 * Every page is its own chunk; the entry holds only the shell, router and urql client. The home
 * page, the first screen, reads only what lib/urql.ts configures itself, so it alone is a plain
 * lazy() without the features' cache configuration; every other page uses page().
 */
export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./features/home/home-page")) },
  { path: "/news", component: page(() => import("./features/content/news-page")) },
  // Static segments outrank /news/:slug, so a column can never shadow these pages.
  { path: "/news/disclosure", component: page(() => import("./features/content/disclosure-page")) },
  { path: "/news/disclosure/:code", component: page(() => import("./features/content/disclosure-catalog-page")) },
  { path: ["/news/item/:slug", "/news/item/id/:id"], component: page(() => import("./features/content/item-page")) },
  { path: "/news/:slug", component: page(() => import("./features/content/column-page")) },
  { path: "/search", component: page(() => import("./features/search/search-page")) },
  // 查询: the hub, the project lookup, a project's page, key projects (guides and topics have their own).
  { path: "/query", component: page(() => import("./features/projects/query-hub-page")) },
  { path: "/query/projects", component: page(() => import("./features/projects/projects-page")) },
  { path: "/query/projects/:code", component: page(() => import("./features/projects/project-page")) },
  { path: "/query/key-projects", component: page(() => import("./features/projects/key-projects-page")) },
  // 办事指南 and 专题/热点区域 (查询 tab). A guide opened once opens offline: the service worker
  // precaches its chunk, graphcache keeps its data in IndexedDB.
  { path: "/query/guides", component: page(() => import("./features/guides/guides-page")) },
  { path: "/query/guides/:slug", component: page(() => import("./features/guides/guide-page")) },
  { path: "/query/topics", component: page(() => import("./features/topics/topics-page")) },
  { path: "/query/topics/:slug", component: page(() => import("./features/topics/topic-page")) },
  // 互动: citizens write, apply for information, track and read letters (no account needed).
  { path: "/letters", component: page(() => import("./features/letters/letters-hub-page")) },
  { path: "/letters/write", component: page(() => import("./features/letters/write-letter-page")) },
  {
    path: "/letters/disclosure-request",
    component: page(() => import("./features/letters/disclosure-request-page")),
  },
  { path: "/letters/track", component: page(() => import("./features/letters/track-letter-page")) },
  { path: "/letters/published", component: page(() => import("./features/letters/published-letters-page")) },
  // 来信统计: chart.js is in a chunk of its own that only this page loads (letters/stats/letter-chart.tsx).
  { path: "/letters/statistics", component: page(() => import("./features/letters/stats/statistics-page")) },
  { path: "/me", component: page(() => import("./features/accounts/me-page")) },
  { path: "/me/audit", component: page(() => import("./features/accounts/audit-log-page")) },
  // Staff publishing (工作台): lazy like every page, so none of it (TipTap least of all) is in the entry.
  { path: "/staff", component: page(() => import("./features/publishing/workbench-page")) },
  {
    path: ["/staff/items/new", "/staff/items/:id/edit"],
    component: page(() => import("./features/publishing/editor-page")),
  },
  { path: "/staff/items/:id", component: page(() => import("./features/publishing/staff-item-page")) },
  { path: "/staff/items/:id/form", component: page(() => import("./features/publishing/registration-form-page")) },
  {
    path: "/staff/items/:id/comments",
    component: page(() => import("./features/publishing/publicity-comments-page")),
  },
  { path: "/staff/timeliness", component: page(() => import("./features/publishing/timeliness-page")) },
  { path: "/staff/links", component: page(() => import("./features/publishing/links-page")) },
  { path: "/staff/emergency", component: page(() => import("./features/publishing/emergency-page")) },
  { path: "/staff/projects/import", component: page(() => import("./features/publishing/project-import-page")) },
  { path: "/staff/duty", component: page(() => import("./features/operations/duty-roster-page")) },
  { path: "/staff/moderation", component: page(() => import("./features/letters/moderation/moderation-page")) },
  { path: "/staff/calendar", component: page(() => import("./features/calendar/calendar-page")) },
  {
    path: "/staff/letters/:id/publish",
    component: page(() => import("./features/letters/moderation/publish-page")),
  },
  // Staff letters (信件办理); static segments outrank /staff/letters/:id.
  { path: "/staff/letters", component: page(() => import("./features/letters/staff/inbox-page")) },
  {
    path: "/staff/letters/external",
    component: page(() => import("./features/letters/staff/external-letter-page")),
  },
  { path: "/staff/letters/import", component: page(() => import("./features/letters/staff/import-page")) },
  { path: "/staff/letters/reminders", component: page(() => import("./features/letters/staff/reminders-page")) },
  { path: "/staff/letters/:id", component: page(() => import("./features/letters/staff/letter-page")) },
  { path: "*404", component: page(() => import("./features/shell/not-found-page")) },
];
