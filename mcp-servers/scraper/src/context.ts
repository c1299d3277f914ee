import os from "node:os";
import { createSafeFetch, type SafeFetch } from "@leadscout/http";
import { log } from "@leadscout/log";
import { BrowserEngine } from "./lib/crawl/browser-engine";
import { findChromium, type ChromiumChoice } from "./lib/crawl/find-chromium";
import { proxyList, scraperEnv, userAgent } from "./lib/crawl/config";
import { Crawler } from "./lib/crawl/crawler";
import type { PageEngine } from "./lib/crawl/engines";
import { Politeness } from "./lib/crawl/politeness";
import { createExtractPool, type ExtractPool } from "./lib/crawl/extract-pool";
import { extractPage } from "./lib/extract";

// One fetcher, one politeness table and at most one browser per server process, shared by every
// tool call so per-host limits hold across concurrent calls.
export interface ScraperContext {
  fetch: SafeFetch;
  crawler: Crawler;
  userAgent: string;
  /** The Chromium rendering uses (looked up once, at start), or why there is none. */
  chromium: Promise<ChromiumChoice>;
  close(): Promise<void>;
}

export function createContext(): ScraperContext {
  const env = scraperEnv();
  const ua = userAgent();
  const allowlist = env.SSRF_ALLOWLIST.split(",");
  const fetch = createSafeFetch({ userAgent: ua, allowlist });
  const proxies = proxyList(env);
  let browser: Promise<BrowserEngine | undefined> | undefined;
  // Looked up at start, so the log says straight away whether "browser" and "auto" can render.
  const chromium = findChromium(env.CHROMIUM_PATH).then((choice) => {
    if (choice.path)
      log.info("rendering uses Chromium", { chromium: choice.path, found: choice.source });
    else
      log.warn(
        'no Chromium for rendering: render "browser" fails and "auto" reads pages over plain HTTP',
        { reason: choice.reason },
      );
    return choice;
  });
  let cursor = 0;
  // Parsing runs in worker threads (created on the first crawl) so the protocol never waits on it.
  const workers = env.SCRAPER_EXTRACT_WORKERS ?? Math.max(1, os.availableParallelism() - 1);
  let pool: ExtractPool | undefined;
  const getBrowser = (): Promise<PageEngine | undefined> => {
    browser ??= chromium.then(({ path }) =>
      path
        ? new BrowserEngine(path, {
            userAgent: ua,
            allowlist,
            proxyFor: () => (proxies.length ? proxies[cursor++ % proxies.length] : undefined),
          })
        : undefined,
    );
    return browser;
  };
  const crawler = new Crawler({
    fetch,
    politeness: new Politeness({
      hostConcurrency: env.SCRAPER_HOST_CONCURRENCY,
      hostDelayMs: env.SCRAPER_HOST_DELAY_MS,
      globalConcurrency: env.SCRAPER_GLOBAL_CONCURRENCY,
    }),
    extract: (html, pageUrl, opts) => {
      if (workers === 0) return extractPage(html, pageUrl, opts);
      pool ??= createExtractPool(workers);
      return pool.extract(html, pageUrl, opts);
    },
    userAgent: ua,
    proxies,
    browser: getBrowser,
    renderBudget: env.SCRAPER_RENDER_BUDGET,
  });
  return {
    fetch,
    crawler,
    userAgent: ua,
    chromium,
    close: async () => {
      const b = await browser;
      await b?.close();
      await pool?.close();
    },
  };
}
