import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

/** Every page is its own chunk; the entry holds only the shell, router and urql client. */
export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./features/home/home-page")) },
  { path: "/news", component: lazy(() => import("./features/content/news-page")) },
  // Static segments outrank /news/:slug, so a column can never shadow these pages.
  { path: "/news/disclosure", component: lazy(() => import("./features/content/disclosure-page")) },
  { path: "/news/disclosure/:code", component: lazy(() => import("./features/content/disclosure-catalog-page")) },
  { path: ["/news/item/:slug", "/news/item/id/:id"], component: lazy(() => import("./features/content/item-page")) },
  { path: "/news/:slug", component: lazy(() => import("./features/content/column-page")) },
  { path: "/search", component: lazy(() => import("./features/search/search-page")) },
  // 互动: citizens write, apply for information, track and read letters (no account needed).
  { path: "/letters", component: lazy(() => import("./features/letters/letters-hub-page")) },
  { path: "/letters/write", component: lazy(() => import("./features/letters/write-letter-page")) },
  {
    path: "/letters/disclosure-request",
    component: lazy(() => import("./features/letters/disclosure-request-page")),
  },
  { path: "/letters/track", component: lazy(() => import("./features/letters/track-letter-page")) },
  { path: "/letters/published", component: lazy(() => import("./features/letters/published-letters-page")) },
  // 来信统计: chart.js is in a chunk of its own that only this page loads (letters/stats/letter-chart.tsx).
  { path: "/letters/statistics", component: lazy(() => import("./features/letters/stats/statistics-page")) },
  { path: "/me", component: lazy(() => import("./features/accounts/me-page")) },
  { path: "/me/audit", component: lazy(() => import("./features/accounts/audit-log-page")) },
  // Staff publishing (工作台): lazy like every page, so none of it (TipTap least of all) is in the entry.
  { path: "/staff", component: lazy(() => import("./features/publishing/workbench-page")) },
  {
    path: ["/staff/items/new", "/staff/items/:id/edit"],
    component: lazy(() => import("./features/publishing/editor-page")),
  },
  { path: "/staff/items/:id", component: lazy(() => import("./features/publishing/staff-item-page")) },
  { path: "/staff/items/:id/form", component: lazy(() => import("./features/publishing/registration-form-page")) },
  {
    path: "/staff/items/:id/comments",
    component: lazy(() => import("./features/publishing/publicity-comments-page")),
  },
  { path: "/staff/timeliness", component: lazy(() => import("./features/publishing/timeliness-page")) },
  { path: "/staff/links", component: lazy(() => import("./features/publishing/links-page")) },
  { path: "/staff/emergency", component: lazy(() => import("./features/publishing/emergency-page")) },
  { path: "/staff/duty", component: lazy(() => import("./features/operations/duty-roster-page")) },
  { path: "/staff/moderation", component: lazy(() => import("./features/letters/moderation/moderation-page")) },
  { path: "/staff/calendar", component: lazy(() => import("./features/calendar/calendar-page")) },
  {
    path: "/staff/letters/:id/publish",
    component: lazy(() => import("./features/letters/moderation/publish-page")),
  },
  // Staff letters (信件办理); static segments outrank /staff/letters/:id.
  { path: "/staff/letters", component: lazy(() => import("./features/letters/staff/inbox-page")) },
  {
    path: "/staff/letters/external",
    component: lazy(() => import("./features/letters/staff/external-letter-page")),
  },
  { path: "/staff/letters/import", component: lazy(() => import("./features/letters/staff/import-page")) },
  { path: "/staff/letters/reminders", component: lazy(() => import("./features/letters/staff/reminders-page")) },
  { path: "/staff/letters/:id", component: lazy(() => import("./features/letters/staff/letter-page")) },
  { path: "*404", component: lazy(() => import("./features/shell/not-found-page")) },
];
