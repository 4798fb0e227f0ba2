/// <reference types="node" />

import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";

// Where `vite` / `vite preview` forward API calls; override to point at another server.
const API_ORIGIN = process.env.PLANPORT_API_ORIGIN ?? "http://localhost:4000";

// The server serves /graphql, /healthz and /media on the same origin in production;
// in dev (and `vite preview`) they are proxied to it.
const proxy = {
  "/graphql": API_ORIGIN,
  "/healthz": API_ORIGIN,
  "/media": API_ORIGIN,
  "/letters/attachments": API_ORIGIN,
  "/exports": API_ORIGIN,
};

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      registerType: "prompt",
      // The app registers through virtual:pwa-register/solid (features/shell/update-prompt.tsx).
      injectRegister: false,
      // The icons are already precached by globPatterns below; listing them twice is noise.
      includeManifestIcons: false,
      manifest: {
        name: "规划信息港",
        short_name: "规划信息港",
        description: "规划局公众门户：新闻动态、通知公告、规划公示、政务公开，离线也能查看已加载的内容。",
        lang: "zh-CN",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#f3f5f8",
        theme_color: "#0b5cab",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // The shell only. /graphql is never runtime-cached: graphcache persists data in IndexedDB.
        // (vite-plugin-pwa adds manifest.webmanifest to the precache itself.)
        globPatterns: ["**/*.{js,css,html,png,svg}"],
        // The rich-text editor (TipTap, ~150 kB gzip) is for staff only: citizens installing the
        // app must not download it. It is cached at run time the first time a staff member opens it.
        // Likewise chart.js (letters/stats/letter-chart.tsx): only the statistics page draws charts, and its
        // data tables work without them.
        globIgnores: ["**/editor-page-*.js", "**/letter-chart-*.js"],
        runtimeCaching: [
          {
            // Fingerprinted, so a cached copy is always right.
            urlPattern: ({ url }) => url.pathname.startsWith("/assets/") && url.pathname.endsWith(".js"),
            handler: "CacheFirst",
            options: { cacheName: "planport-lazy-chunks", expiration: { maxEntries: 60 } },
          },
        ],
        navigateFallback: "index.html",
        // Letter attachments and the xlsx exports are server downloads for staff, never app routes.
        navigateFallbackDenylist: [
          /^\/graphql/,
          /^\/healthz/,
          /^\/media\//,
          /^\/letters\/attachments\//,
          /^\/exports\//,
        ],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { proxy },
  preview: { proxy },
  build: {
    target: "es2022",
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The libraries every first screen runs (Solid, the router, urql and graphcache) in one
              // chunk beside the entry: they change only when a dependency is upgraded, so a release
              // re-downloads the small app entry, not them. Only what the entry itself needs at start
              // ($initial): graphcache's extras, TipTap, chart.js, … stay in the chunks that use them.
              name: "vendor",
              test: /node_modules[\\/](solid-js|@solidjs|@solid-primitives|@urql|wonka|@0no-co)[\\/]/,
              tags: ["$initial"],
            },
          ],
        },
      },
    },
  },
});
