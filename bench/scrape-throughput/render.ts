// The render "auto" section of bench:scrape: one ordinary site whose contact, team and about pages
// write their addresses with inline scripts (tests/fixtures/scripted-contact), crawled over plain
// HTTP and in render "auto" with the Chromium the scraper would find. Prints how many pages were
// rendered and why, and what rendering added.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/scripted-contact");

async function serveDir(): Promise<{ origin: string; close(): Promise<void> }> {
  const pages = new Map(
    fs
      .readdirSync(DIR)
      .map((f) => [f === "index.html" ? "/" : `/${f}`, fs.readFileSync(path.join(DIR, f))]),
  );
  const server = http.createServer((req, res) => {
    const body = pages.get((req.url ?? "/").split("?")[0]!);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function renderSection(): Promise<void> {
  const { createSafeFetch } = await import("../../lib/http");
  const { Crawler } = await import("../../mcp-servers/scraper/src/lib/crawl/crawler");
  const { Politeness } = await import("../../mcp-servers/scraper/src/lib/crawl/politeness");
  const { userAgent } = await import("../../mcp-servers/scraper/src/lib/crawl/config");
  const { findChromium } = await import("../../mcp-servers/scraper/src/lib/crawl/find-chromium");
  const { BrowserEngine } = await import("../../mcp-servers/scraper/src/lib/crawl/browser-engine");
  const { extractPage } = await import("../../mcp-servers/scraper/src/lib/extract");
  const ua = userAgent("https://leadscout.dev/bot");
  const chromium = await findChromium(process.env.CHROMIUM_PATH);
  const browser = chromium.path
    ? new BrowserEngine(chromium.path, { userAgent: ua, allowlist: ["127.0.0.1"] })
    : undefined;
  const site = await serveDir();
  console.log(
    `\n== render "auto": one site, 7 pages, 3 of them write their address by script; Chromium: ${chromium.path ?? `none (${chromium.reason})`}`,
  );
  console.log("render   pages  rendered  over budget  emails  ms     why rendered");
  try {
    for (const render of ["http", "auto"] as const) {
      const crawler = new Crawler({
        fetch: createSafeFetch({ allowlist: ["127.0.0.1"], userAgent: ua }),
        politeness: new Politeness({ hostConcurrency: 2, hostDelayMs: 0, globalConcurrency: 4 }),
        extract: (html, url, o) => extractPage(html, url, o),
        userAgent: ua,
        browser: async () => browser,
      });
      const started = performance.now();
      const out = await crawler.scrape(`${site.origin}/`, {
        maxPages: 10,
        render,
        timeoutMs: 60_000,
      });
      const ms = performance.now() - started;
      const why: Record<string, number> = {};
      for (const r of out.rendered ?? []) why[r.reason] = (why[r.reason] ?? 0) + 1;
      console.log(
        `${render.padEnd(8)} ${String(out.pagesCrawled).padStart(5)} ${String(out.rendered?.length ?? 0).padStart(9)} ${String(out.renderSkipped ?? 0).padStart(12)} ${String(out.emails.length).padStart(7)}  ${ms.toFixed(0).padEnd(6)} ${JSON.stringify(why)}`,
      );
    }
  } finally {
    await browser?.close();
    await site.close();
  }
}
