import { readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serveFetch } from "../../tests/api/harness/server";

/** One HTTP server on loopback that serves both routes the bench compares. */
export interface BenchServer {
  kind: "next" | "direct";
  url: string;
  leadsPath: string;
  barePath: string;
  /** Resolves once no request is in flight: a run's backlog must not spill into the next run. */
  idle: () => Promise<void>;
  close: () => Promise<void>;
}

/** Counts requests in flight through a node:http server. */
function inFlight(server: Server): () => Promise<void> {
  let active = 0;
  server.on("request", (_req, res) => {
    active += 1;
    res.on("close", () => (active -= 1));
  });
  return async () => {
    while (active > 0) await new Promise((r) => setTimeout(r, 50));
  };
}

const SOURCE_DIRS = ["app", "lib", "components", "inngest"];

/** Source files changed after the production build: the server would run older code than that. */
function newerThanBuild(buildTime: number): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(entry.name) && statSync(p).mtimeMs > buildTime) out.push(p);
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(process.cwd(), dir));
  return out.map((p) => path.relative(process.cwd(), p));
}

/**
 * Next's production server (`next start`'s request handler) in this process, so the routes use
 * the database and rate limiter the bench installed. The bare route is the app's own
 * GET /api/health, served by the same Next server: both figures carry Next's routing cost.
 */
export async function startNext(): Promise<BenchServer> {
  const dir = process.cwd();
  let built: number;
  try {
    built = statSync(path.join(dir, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    throw new Error(
      "bench:api serves the routes through Next's production server: build first with " +
        "`pnpm build`, or set BENCH_SERVER=direct to call the route handlers from plain Node",
    );
  }
  const stale = newerThanBuild(built);
  if (stale.length)
    console.log(
      `  warning: ${stale.length} source file(s) changed after the build (${stale.slice(0, 3).join(", ")}${stale.length > 3 ? ", …" : ""}): rebuild to measure them`,
    );
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: "127.0.0.1" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    kind: "next",
    url: `http://127.0.0.1:${port}`,
    leadsPath: "/api/v1/leads?limit=50",
    barePath: "/api/health",
    idle: inFlight(server),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}

/**
 * The route handler called from a plain Node HTTP server (the test harness), next to a handler
 * that returns fixed JSON: what the API costs without Next around it.
 */
export async function startDirect(): Promise<BenchServer> {
  const { GET: listLeadsRoute } = await import("@/app/api/v1/leads/route");
  const bare = JSON.stringify({
    success: true,
    data: { ok: true },
    error: null,
    meta: { request_id: "bench" },
  });
  const server = await serveFetch(async (req) => {
    if (new URL(req.url).pathname === "/bare")
      return new Response(bare, { headers: { "content-type": "application/json" } });
    return listLeadsRoute(req);
  });
  return {
    kind: "direct",
    url: server.url,
    leadsPath: "/api/v1/leads?limit=50",
    barePath: "/bare",
    idle: inFlight(server.server),
    close: server.close,
  };
}
