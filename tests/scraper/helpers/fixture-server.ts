import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

// A loopback HTTP server whose routes are plain handlers, counting every request it receives so
// tests can prove a target was never contacted.
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface FixtureServer {
  port: number;
  origin: string;
  /** Requests received, by path. */
  hits: Map<string, number>;
  totalHits(): number;
  /** User-Agent headers seen. */
  userAgents: string[];
  close(): Promise<void>;
}

export function html(body: string, status = 200, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
    res.end(body);
  };
}

export async function startFixtureServer(
  routes: Record<string, Route>,
  fallback?: Route,
  host = "127.0.0.1",
): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const userAgents: string[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    userAgents.push(req.headers["user-agent"] ?? "");
    const route = routes[path] ?? fallback;
    if (route) return route(req, res);
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not found</h1>");
  });
  const sockets = new Set<import("node:net").Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://${host}:${port}`,
    hits,
    totalHits: () => [...hits.values()].reduce((a, b) => a + b, 0),
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A test file's fixture sites: `site(routes)` starts one, and each is closed after its test. */
export function fixtureSites(): (routes: Record<string, Route>) => Promise<FixtureServer> {
  const servers: FixtureServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (routes) => {
    const s = await startFixtureServer(routes);
    servers.push(s);
    return s;
  };
}
