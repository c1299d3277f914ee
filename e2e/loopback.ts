import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { loadCorpus, serveCopy, type ServedSite } from "../tests/pipeline/fixture-web";

// What the browser flows crawl and call back: corpus websites and a webhook receiver, served by
// the test process on loopback ports of the OS's choosing (the app's SSRF_ALLOWLIST admits
// 127.0.0.1; see playwright.config.ts).

export interface Sites {
  urls: string[];
  /** The corpus site each URL serves, in order. */
  names: string[];
  close(): Promise<void>;
}

/** The first `n` corpus sites (as written: their real contact data) on loopback. */
export async function serveSites(n: number): Promise<Sites> {
  const served: ServedSite[] = [];
  for (const site of loadCorpus().slice(0, n)) served.push(await serveCopy(site, 0));
  return {
    urls: served.map((s) => s.url),
    names: served.map((s) => s.site!),
    close: async () => void (await Promise.all(served.map((s) => s.close()))),
  };
}

export interface Sitemap {
  /** Where the XML sitemap is served. */
  url: string;
  /** The page URLs it lists. */
  pages: string[];
}

/**
 * The XML sitemap served site `i` answers at /sitemap.xml (fixture-web writes it: every page of
 * the site, on its own host, since a sitemap job drops other hosts' pages) and the pages it lists.
 */
export function sitemapOf(sites: Sites, i: number): Sitemap {
  const origin = sites.urls[i]!;
  const site = loadCorpus().find((s) => s.name === sites.names[i])!;
  return {
    url: new URL("/sitemap.xml", origin).href,
    pages: [...site.pages.keys()].map((p) => new URL(p, origin).href),
  };
}

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  deliveries: Delivery[];
  close(): Promise<void>;
}

/** Records every POST it receives and answers 200. */
export async function startReceiver(): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/leadscout`,
    deliveries,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
