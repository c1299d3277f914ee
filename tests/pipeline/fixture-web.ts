// Loopback websites for pipeline tests and the pipeline bench: copies of the 26-site fixture corpus,
// each on its own port, plus sites that block (403 CAPTCHA wall) and sites that are gone (404).
import { readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const SITES_DIR = path.resolve(import.meta.dirname, "../fixtures/sites");

export type SiteKind = "ok" | "blocked" | "not_found";

export interface ServedSite {
  url: string;
  kind: SiteKind;
  /** The corpus site served (ok sites). */
  site?: string;
  close(): Promise<void>;
}

interface CorpusSite {
  name: string;
  domain: string;
  pages: Map<string, string>;
}

let corpus: CorpusSite[] | undefined;

/** The corpus, read once: every site's pages and the domain its contacts use. */
export function loadCorpus(): CorpusSite[] {
  if (corpus) return corpus;
  const truth = JSON.parse(readFileSync(path.join(SITES_DIR, "ground-truth.json"), "utf8")) as {
    sites: Record<string, { url: string }>;
  };
  corpus = Object.entries(truth.sites).map(([name, t]) => {
    const pages = new Map<string, string>();
    for (const f of readdirSync(path.join(SITES_DIR, name), { recursive: true }).map(String)) {
      if (f.endsWith(".html"))
        pages.set(`/${f}`, readFileSync(path.join(SITES_DIR, name, f), "utf8"));
    }
    return { name, domain: new URL(t.url).hostname.replace(/^www\./, ""), pages };
  });
  return corpus;
}

const BLOCKED_PAGE = `<!doctype html><html><head><title>Just a moment...</title></head>
<body><h1>Verify you are human</h1><div class="g-recaptcha" data-sitekey="x"></div>
<p>Please complete the captcha to continue.</p></body></html>`;

function listen(server: Server): Promise<string> {
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
    ),
  );
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/**
 * Serves corpus site `site` with its domain rewritten to a copy-specific one (`copy` > 0), so
 * each copy's contacts are distinct leads; copy 0 serves the site as written.
 */
export async function serveCopy(site: CorpusSite, copy: number): Promise<ServedSite> {
  const domain = copy ? site.domain.replace(/^([^.]+)/, `$1-c${copy}`) : site.domain;
  const pages = new Map(
    [...site.pages].map(([p, html]) => [
      p,
      Buffer.from(copy ? html.split(site.domain).join(domain) : html),
    ]),
  );
  const server = createServer((req, res) => {
    const p = new URL(req.url ?? "/", "http://x").pathname;
    const body = pages.get(p === "/" ? "/index.html" : p);
    if (p === "/sitemap.xml") {
      const base = `http://${req.headers.host}`;
      const locs = [...pages.keys()].map((k) => `<url><loc>${base}${k}</loc></url>`).join("");
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`,
      );
      return;
    }
    if (!body) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  const url = await listen(server);
  return { url, kind: "ok", site: site.name, close: closer(server) };
}

export async function serveBlocked(): Promise<ServedSite> {
  const server = createServer((_req, res) => {
    res.writeHead(403, { "content-type": "text/html" }).end(BLOCKED_PAGE);
  });
  return { url: await listen(server), kind: "blocked", close: closer(server) };
}

export async function serveGone(): Promise<ServedSite> {
  const server = createServer((_req, res) => {
    res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  return { url: await listen(server), kind: "not_found", close: closer(server) };
}

/** A sitemap on one host that lists only another host's pages. */
export async function serveForeignSitemap(foreignOrigin: string): Promise<ServedSite> {
  const server = createServer((_req, res) => {
    const locs = ["/", "/contact.html"]
      .map((p) => `<url><loc>${foreignOrigin}${p}</loc></url>`)
      .join("");
    res.writeHead(200, { "content-type": "application/xml" });
    res.end(
      `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`,
    );
  });
  return { url: await listen(server), kind: "ok", close: closer(server) };
}

export interface FixtureWeb {
  sites: ServedSite[];
  urls: string[];
  close(): Promise<void>;
}

/**
 * `ok` corpus copies (cycling through the 26 sites, each copy with its own domain), plus blocked
 * and gone sites, each on its own loopback port.
 */
export async function serveFixtureWeb(ok: number, blocked = 0, gone = 0): Promise<FixtureWeb> {
  const all = loadCorpus();
  const sites: ServedSite[] = [];
  for (let i = 0; i < ok; i++)
    sites.push(await serveCopy(all[i % all.length]!, Math.floor(i / all.length) + 1));
  for (let i = 0; i < blocked; i++) sites.push(await serveBlocked());
  for (let i = 0; i < gone; i++) sites.push(await serveGone());
  return {
    sites,
    urls: sites.map((s) => s.url),
    close: async () => void (await Promise.all(sites.map((s) => s.close()))),
  };
}
