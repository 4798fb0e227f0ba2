import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

/** Every page is its own chunk; the entry holds only the shell, router and urql client. */
export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./features/home/home-page")) },
  { path: "/me", component: lazy(() => import("./features/accounts/me-page")) },
  { path: "/me/audit", component: lazy(() => import("./features/accounts/audit-log-page")) },
  { path: "*404", component: lazy(() => import("./features/shell/not-found-page")) },
];
