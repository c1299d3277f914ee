import fs from "node:fs";
import { Agent, request } from "undici";
import type { PageEngine } from "../../mcp-servers/scraper/src/lib/crawl/engines";
import type { ExtractPool } from "../../mcp-servers/scraper/src/lib/crawl/extract-pool";

// The three contenders. Each gets the same targets and the same concurrency and returns how many
// pages it fetched and processed.
export interface Targets {
  /** The big site's root and every page URL it has. */
  big: { root: string; urls: string[] };
  /** Each small site's root and page URLs. */
  small: { root: string; urls: string[] }[];
  /** Sites of their own, crawled before the measured phases and not counted (runner.ts). */
  warmup: { root: string; urls: string[] }[];
  concurrency: number;
}

export interface PhaseResult {
  pages: number;
  ms: number;
  /** Contacts found, to show the work was real (not compared across modes). */
  found: number;
  /**
   * CPU the contender's process used over the same span as `ms`, all its threads (extraction
   * workers too): the figure a busy machine does not distort.
   */
  cpuMs: number;
  /**
   * CPU of the main thread alone (Linux; 0 elsewhere). Work handed to other threads (Leadscout's
   * extraction workers) is not in it: with CPUs to spare, the main thread is what caps pages/s.
   */
  mainCpuMs: number;
  /** Leadscout only: pages render "auto" rendered in Chromium, by reason, and those over budget. */
  rendered?: Record<string, number>;
  renderSkipped?: number;
  /** The Chromium render "auto" could use, or why there was none. */
  chromium?: string;
}

/** The main thread's CPU time in ms from /proc (clock ticks, 10 ms each); 0 off Linux. */
function mainThreadMs(): number {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .slice(11, 13)
      .map(Number);
    return (utime! + stime!) * 10;
  } catch {
    return 0;
  }
}

/** Starts counting CPU: the returned function gives the process's and the main thread's since. */
function cpuMeter(): () => { cpuMs: number; mainCpuMs: number } {
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadMs();
  return () => {
    const used = process.cpuUsage(cpu0);
    return { cpuMs: (used.user + used.system) / 1000, mainCpuMs: mainThreadMs() - main0 };
  };
}

async function pool<T>(
  items: T[],
  concurrency: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/**
 * (a) Fetch every page URL and read its body: the floor any crawler stands on. With `parse`, each
 * body is also parsed once the way Leadscout parses a page (htmlparser2's DOM and the walk over it,
 * parse-page.ts), on the fetching thread, and nothing else is done with it: what parsing alone
 * costs against the bare fetch.
 */
export async function baseline(
  urls: string[],
  concurrency: number,
  parse = false,
): Promise<PhaseResult> {
  const { scanPage } = await import("../../mcp-servers/scraper/src/lib/extract/parse-page");
  const agent = new Agent({ connections: concurrency });
  const started = performance.now();
  const cpu = cpuMeter();
  let pages = 0;
  let bytes = 0;
  await pool(urls, concurrency, async (url) => {
    const res = await request(url, { dispatcher: agent });
    const html = await res.body.text();
    bytes += parse ? scanPage(html, url).lines.length : html.length;
    pages++;
  });
  const ms = performance.now() - started;
  await agent.close();
  return { pages, ms, found: bytes, ...cpu() };
}

let sharedPool: ExtractPool | undefined;
let sharedBrowser: Promise<(PageEngine & { close(): Promise<void> }) | undefined> | undefined;
let chromiumNote = "";

/** Closes the browser render "auto" may have started. */
export async function closeLeadscout(): Promise<void> {
  await (await sharedBrowser)?.close();
}

/**
 * (b) Leadscout's crawler (robots.txt, politeness, ranking, SSRF-checked fetch) plus extraction, in
 * render "auto" as the pipeline runs it: a page is rendered in Chromium only when its scan suggests
 * script-built content, so these plain fixture pages show what that check costs and that it renders
 * nothing needlessly.
 */
export async function leadscout(
  sites: { root: string; maxPages: number }[],
  concurrency: number,
  hostConcurrency: number,
): Promise<PhaseResult> {
  const { createSafeFetch } = await import("@leadscout/http");
  const { Crawler } = await import("../../mcp-servers/scraper/src/lib/crawl/crawler");
  const { Politeness } = await import("../../mcp-servers/scraper/src/lib/crawl/politeness");
  const { userAgent } = await import("../../mcp-servers/scraper/src/lib/crawl/config");
  const { createExtractPool } =
    await import("../../mcp-servers/scraper/src/lib/crawl/extract-pool");
  const { default: os } = await import("node:os");
  const { extractPage } = await import("../../mcp-servers/scraper/src/lib/extract");
  // The same default as the MCP server: parse in worker threads, one less than the CPU count
  // (BENCH_EXTRACT_WORKERS=0 parses on the main thread instead). Like the server, the process keeps
  // one pool for all its crawls: a fresh pool per phase would start each phase on cold workers.
  const workers = Number(
    process.env.BENCH_EXTRACT_WORKERS ?? Math.max(1, os.availableParallelism() - 1),
  );
  const extractPool = workers > 0 ? (sharedPool ??= createExtractPool(workers)) : undefined;
  const ua = userAgent("https://leadscout.dev/bot");
  const { findChromium } = await import("../../mcp-servers/scraper/src/lib/crawl/find-chromium");
  const { BrowserEngine } = await import("../../mcp-servers/scraper/src/lib/crawl/browser-engine");
  sharedBrowser ??= findChromium(process.env.CHROMIUM_PATH).then((c) => {
    chromiumNote = c.path ?? `none (${c.reason})`;
    return c.path
      ? new BrowserEngine(c.path, { userAgent: ua, allowlist: ["127.0.0.1"] })
      : undefined;
  });
  const crawler = new Crawler({
    fetch: createSafeFetch({
      allowlist: ["127.0.0.1"],
      userAgent: ua,
      connectionsPerOrigin: hostConcurrency,
    }),
    politeness: new Politeness({ hostConcurrency, hostDelayMs: 0, globalConcurrency: concurrency }),
    extract: (html, url, o) =>
      extractPool ? extractPool.extract(html, url, o) : extractPage(html, url, o),
    userAgent: ua,
    browser: () => sharedBrowser!,
  });
  // Workers start in the background; let them boot before the clock starts, as a server would have.
  await extractPool?.extract("<p>warm-up</p>", "http://127.0.0.1/");
  const started = performance.now();
  const cpu = cpuMeter();
  const results = await Promise.all(
    sites.map((s) =>
      crawler.scrape(s.root, {
        maxPages: s.maxPages,
        render: "auto",
        timeoutMs: 600_000,
        maxDepth: 5,
      }),
    ),
  );
  const ms = performance.now() - started;
  const bad = results.filter((r) => r.status !== "ok");
  if (bad.length) throw new Error(`Leadscout failed on ${bad.length} sites: ${bad[0]!.error}`);
  const rendered: Record<string, number> = {};
  for (const r of results)
    for (const p of r.rendered ?? []) rendered[p.reason] = (rendered[p.reason] ?? 0) + 1;
  return {
    rendered,
    renderSkipped: results.reduce((a, r) => a + (r.renderSkipped ?? 0), 0),
    chromium: chromiumNote,
    ...cpu(),
    pages: results.reduce((a, r) => a + r.pagesCrawled, 0),
    ms,
    found: results.reduce((a, r) => a + r.emails.length + r.phones.length + r.socials.length, 0),
  };
}

/** (c) Crawlee's CheerioCrawler following same-origin links, with its social helper on every page. */
export async function crawlee(roots: string[], concurrency: number): Promise<PhaseResult> {
  const { CheerioCrawler, Configuration } = await import("@crawlee/cheerio");
  const { social } = await import("@crawlee/utils");
  let pages = 0;
  let found = 0;
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  const crawler = new CheerioCrawler(
    {
      minConcurrency: concurrency,
      maxConcurrency: concurrency,
      maxRequestRetries: 0,
      requestHandler: async ({ body, enqueueLinks }) => {
        const handles = social.parseHandlesFromHtml(String(body));
        found +=
          handles.emails.length +
          handles.phones.length +
          handles.linkedIns.length +
          handles.twitters.length;
        pages++;
        await enqueueLinks({ strategy: "same-origin" });
      },
    },
    config,
  );
  const started = performance.now();
  const cpu = cpuMeter();
  await crawler.run(roots);
  return { pages, ms: performance.now() - started, found, ...cpu() };
}
