import { FetchError } from "@leadscout/http";
import type { CrawlerDeps } from "./crawler-types";
import { fromResponse, type PageEngine } from "./engines";
import type { Politeness } from "./politeness";
import { fetchWithRetry } from "./retry";

/** What the HTTP engine asks of the site's crawl as it goes. */
export interface HttpEngineSite {
  /** The host the politeness slots are taken for (it changes when the home page redirects). */
  host: () => string;
  crawlDelayMs: () => number;
  /** A reason to refuse following a redirect (robots.txt), or undefined to follow it. */
  refuseRedirect: (target: URL) => string | undefined;
  nextProxy: () => string | undefined;
}

/**
 * Runs one request to `host` in a politeness slot; a slot that could only start after `deadline`
 * is a timeout instead.
 */
export async function withSlot<T>(
  politeness: Politeness,
  host: string,
  delayMs: number,
  deadline: number,
  url: string,
  request: () => Promise<T>,
): Promise<T> {
  const release = await politeness.acquire(host, delayMs, deadline);
  if (!release)
    throw new FetchError("timeout", "Crawl time budget exhausted waiting for Crawl-delay", url);
  try {
    return await request();
  } finally {
    release();
  }
}

/** Pages over plain HTTP: the SSRF-safe fetch, retried with backoff, one politeness slot a try. */
export function httpEngine(deps: CrawlerDeps, site: HttpEngineSite): PageEngine {
  const { fetch, politeness, userAgent } = deps;
  return {
    name: "http",
    fetchPage: async (url, { deadline, timeoutMs }) =>
      fromResponse(
        await fetchWithRetry(
          fetch,
          url,
          { timeoutMs, headers: { "user-agent": userAgent }, refuseRedirect: site.refuseRedirect },
          {
            retries: deps.retries ?? 2,
            baseDelayMs: deps.retryBaseDelayMs ?? 500,
            deadline,
            proxyFor: site.nextProxy,
            around: (attempt) =>
              withSlot(politeness, site.host(), site.crawlDelayMs(), deadline, url, attempt),
          },
        ),
      ),
  };
}
