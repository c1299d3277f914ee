import { readFileSync } from "node:fs";
import path from "node:path";
import { startHttpServer, type TestServer } from "./http-server";

const DIR = path.resolve(__dirname, "../fixtures/sites");

// Response headers a real deployment of each fixture would send; tech detection reads them.
const HEADERS: Record<string, Record<string, string>> = {
  acme: { server: "nginx/1.25.3", "x-powered-by": "PHP/8.2.12" },
  nova: { "x-powered-by": "Next.js", "x-vercel-id": "fra1::abc-123" },
  plain: {},
};

/** Serves tests/enricher/fixtures/sites/<site>/ on its own loopback port ("/" → index.html). */
export async function startFixtureSite(site: "acme" | "nova" | "plain"): Promise<TestServer> {
  return startHttpServer((_req, res, url) => {
    const file =
      url.pathname === "/"
        ? "index.html"
        : `${url.pathname.slice(1).replace(/[^a-z0-9-]/g, "")}.html`;
    let body: string;
    try {
      body = readFileSync(path.join(DIR, site, file), "utf8");
    } catch {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not found</h1>");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...HEADERS[site] });
    res.end(body);
  });
}
