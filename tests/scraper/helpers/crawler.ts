import { createSafeFetch } from "@leadscout/http";
import { Crawler, type CrawlerDeps } from "@/mcp-servers/scraper/src/lib/crawl/crawler";
import { userAgent } from "@/mcp-servers/scraper/src/lib/crawl/config";
import { Politeness } from "@/mcp-servers/scraper/src/lib/crawl/politeness";
import { extractPage } from "@/mcp-servers/scraper/src/lib/extract";

/** The production crawler wired to loopback fixtures, with politeness knobs a test can turn. */
export function testCrawler(
  overrides: Partial<CrawlerDeps> & { hostConcurrency?: number; hostDelayMs?: number } = {},
): Crawler {
  const ua = userAgent("https://leadscout.dev/bot");
  return new Crawler({
    fetch: createSafeFetch({ allowlist: ["127.0.0.1"], userAgent: ua }),
    politeness: new Politeness({
      hostConcurrency: overrides.hostConcurrency ?? 2,
      hostDelayMs: overrides.hostDelayMs ?? 0,
      globalConcurrency: 8,
    }),
    extract: (html, url, o) => extractPage(html, url, o),
    userAgent: ua,
    retryBaseDelayMs: 50,
    ...overrides,
  });
}
