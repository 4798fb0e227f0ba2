// The one HTTP server: /graphql (yoga), /media (uploads and files), /letters/attachments (private
// letter attachments), /exports/letters-statistics.xlsx (staff), /healthz, and the built client at
// / (SPA fallback).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pinoHttp } from "pino-http";
import sirv from "sirv";
import type { Database } from "./db/index.js";
import type { Logger } from "./logger.js";
import type { LetterAttachmentHandler } from "./modules/letters/attachments/attachments.http.js";
import { STATISTICS_EXPORT_PATH, type StatisticsExportHandler } from "./modules/letters/statistics.xlsx.js";
import type { MediaHandler } from "./modules/media/media.http.js";
import type { App } from "./yoga.js";

const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(self)",
  // Everything the app needs is same-origin; no third-party fonts, scripts or tiles.
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; "),
};

export function createHttpServer(options: {
  app: App;
  db: Database;
  clientDist: string;
  log: Logger;
  /** Without it (tests of other routes) /media answers 404. */
  media?: MediaHandler;
  /** Without it /letters/attachments answers 404. */
  letterAttachments?: LetterAttachmentHandler;
  /** Without it /exports/letters-statistics.xlsx answers 404. */
  letterStatisticsExport?: StatisticsExportHandler;
}) {
  const { app, db, clientDist, log, media, letterAttachments, letterStatisticsExport } = options;
  const logRequest = pinoHttp({
    logger: log,
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  const serveClient = clientHandler(clientDist);

  return http.createServer((req, res) => {
    logRequest(req, res);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    if (pathname === "/graphql") return void app(req, res);
    if (pathname === "/healthz") return void health(db, res);
    if (pathname === "/media" || pathname.startsWith("/media/")) return void (media ?? notFound)(req, res);
    if (pathname === "/letters/attachments" || pathname.startsWith("/letters/attachments/")) {
      return void (letterAttachments ?? notFound)(req, res);
    }
    if (pathname === STATISTICS_EXPORT_PATH) return void (letterStatisticsExport ?? notFound)(req, res);
    serveClient(req, res);
  });
}

async function health(db: Database, res: http.ServerResponse) {
  const ok = await db.ping();
  res.writeHead(ok ? 200 : 503, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify({ status: ok ? "ok" : "unavailable", database: db.kind }));
}

async function notFound(_req: http.IncomingMessage, res: http.ServerResponse) {
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end("Not found");
}

function clientHandler(dist: string): http.RequestListener {
  if (!fs.existsSync(path.join(dist, "index.html"))) {
    return (_req, res) => {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("The web app is not built. Run `pnpm build` (or `pnpm start`, which builds it).");
    };
  }
  const serve = sirv(dist, {
    single: true,
    etag: true,
    // Serve precompressed .br/.gz siblings when the build wrote them.
    brotli: true,
    gzip: true,
    // Vite fingerprints everything under /assets/: cache it for ever. Everything else (index.html
    // and the SPA fallback, sw.js, the manifest, icons) keeps its name across releases, so the
    // browser must revalidate it (cheap: ETag) or it would hold on to an old release.
    setHeaders: (res, pathname) => {
      res.setHeader(
        "cache-control",
        pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
  return (req, res) => {
    // sirv lists dist/ once at start and pipes a read stream without an error handler: a file that
    // disappears afterwards (a rebuild under a running server) would crash the process with ENOENT.
    res.on("pipe", (source) =>
      source.on("error", () => {
        // The 200 and its length are already sent: cut the connection so nobody caches a truncated file.
        if (res.headersSent) res.destroy();
        else res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      }),
    );
    serve(req, res, () => {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found");
    });
  };
}
