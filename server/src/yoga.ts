// Builds the GraphQL app. Tests import this and call `yoga.fetch` in-process; main.ts serves it.
import type { IncomingMessage } from "node:http";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { parse as parseCookies, serialize as serializeCookie } from "cookie";
import { createYoga, maskError, type Plugin } from "graphql-yoga";
import type { Context, CookieJar, Services, Viewer } from "./context.js";
import { resolveSession, SESSION_COOKIE } from "./modules/accounts/session.service.js";
import { requestAudit } from "./modules/security/audit.service.js";
import { useRequestGuards } from "./request-guards.js";
import { schema } from "./schema.js";

interface ServerContext {
  req?: IncomingMessage;
}

/** Set-Cookie lines produced while resolving one request, appended to its response. */
const pendingCookies = new WeakMap<Request, string[]>();

export function createApp(services: Services) {
  // Audit writes queued by synchronous hooks land before the response leaves.
  const useAuditFlush: Plugin<Context> = {
    onExecute: () => ({
      onExecuteDone: async ({ args }) => {
        await args.contextValue.audit.flush();
      },
    }),
  };
  const useSetCookies: Plugin = {
    onResponse({ request, response }) {
      for (const line of pendingCookies.get(request) ?? []) response.headers.append("set-cookie", line);
    },
  };

  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    // GraphiQL loads from a CDN; the bureau's servers are often air-gapped.
    graphiql: false,
    landingPage: false,
    // No uploads yet: multipart is refused (request guards answer 415 first).
    multipart: false,
    // Never send internals to clients; unexpected errors are logged with their stack here.
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked !== error) services.log.error({ err: error }, "unexpected error (masked for the client)");
        return masked;
      },
    },
    logging: {
      debug: (...args) => services.log.debug(args),
      info: (...args) => services.log.info(args),
      warn: (...args) => services.log.warn(args),
      error: (...args) => services.log.error(args),
    },
    plugins: [
      useRequestGuards(),
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf"] }),
      // Bounds on what one document may ask for; limits are not echoed back to clients.
      EnvelopArmorPlugin({
        // Depth of fields only: the app's documents nest fragments (payload → item → form), which
        // would otherwise count as levels of their own.
        maxDepth: { n: 10, flattenFragments: true, exposeLimits: false },
        maxAliases: { n: 15, exposeLimits: false },
        maxDirectives: { n: 20, exposeLimits: false },
        maxTokens: { n: 3000, exposeLimits: false },
        costLimit: { maxCost: 5000, exposeLimits: false },
        blockFieldSuggestion: { enabled: true },
      }),
      useAuditFlush,
      useSetCookies,
    ],
    context: async ({ request, req }): Promise<Context> => {
      const ip = clientIp(request, req, services.trustProxy);
      const secure = isHttps(request, services.trustProxy);
      const token = parseCookies(request.headers.get("cookie") ?? "")[SESSION_COOKIE];
      let viewer: Viewer | null = token ? await resolveSession(services.prisma, services.clock, token) : null;
      const cookies: CookieJar = {
        set: (name, value, { maxAgeSeconds }) => push(request, cookieLine(name, value, maxAgeSeconds, secure)),
        clear: (name) => push(request, cookieLine(name, "", 0, secure)),
      };
      if (token && !viewer) cookies.clear(SESSION_COOKIE);
      return {
        ...services,
        get viewer() {
          return viewer;
        },
        set viewer(v) {
          viewer = v;
        },
        ip,
        userAgent: request.headers.get("user-agent"),
        audit: requestAudit(services.prisma, services.clock, () => viewer, ip),
        cookies,
      };
    },
  });
}

export type App = ReturnType<typeof createApp>;

function push(request: Request, line: string) {
  const lines = pendingCookies.get(request) ?? [];
  lines.push(line);
  pendingCookies.set(request, lines);
}

function cookieLine(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return serializeCookie(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: maxAgeSeconds });
}

function clientIp(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req?.socket.remoteAddress ?? null;
}

function isHttps(request: Request, trustProxy: boolean): boolean {
  if (trustProxy && request.headers.get("x-forwarded-proto") === "https") return true;
  return new URL(request.url).protocol === "https:";
}
