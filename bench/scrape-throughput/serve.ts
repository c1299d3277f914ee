import http from "node:http";
import type { AddressInfo } from "node:net";
import { renderPage, type SiteSpec } from "./fixtures";

export interface ServedSite {
  origin: string;
  urls: string[];
  close(): Promise<void>;
}

/**
 * Serves one fixture site on its own loopback port. Pages are rendered once up front so the
 * server's own cost stays small and equal for every crawler; `latencyMs` models server think time.
 */
export async function serveSite(
  site: SiteSpec,
  seed: number,
  latencyMs: number,
): Promise<ServedSite> {
  const pages = new Map(site.paths.map((p, i) => [p, Buffer.from(renderPage(site, p, seed + i))]));
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const send = () => {
      if (path === "/robots.txt") {
        res.writeHead(200, { "content-type": "text/plain" });
        return res.end("User-agent: *\nAllow: /\n");
      }
      const body = pages.get(path);
      if (!body) {
        res.writeHead(404, { "content-type": "text/html" });
        return res.end("<h1>Not found</h1>");
      }
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": body.length,
      });
      res.end(body);
    };
    if (latencyMs > 0) setTimeout(send, latencyMs);
    else send();
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urls: site.paths.map((p) => origin + p),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
