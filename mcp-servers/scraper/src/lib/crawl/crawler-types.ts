import type { SafeFetch } from "@leadscout/http";
import type { ExtractOptions, PageExtraction } from "../extract/types";
import type { PageEngine } from "./engines";
import type { Politeness } from "./politeness";

// What a Crawler is given (its dependencies) and asked (a site's crawl options).

export type RenderMode = "auto" | "http" | "browser";
/** Page extraction, in this thread or in a worker pool. */
export type ExtractFn = (
  html: string,
  pageUrl: string,
  opts?: ExtractOptions,
) => PageExtraction | Promise<PageExtraction>;

export interface ScrapeOptions {
  maxPages: number;
  render: RenderMode;
  timeoutMs: number;
  /** Link hops from the root (default 2: the root's links and theirs). */
  maxDepth?: number;
}

export interface CrawlerDeps {
  fetch: SafeFetch;
  politeness: Politeness;
  extract: ExtractFn;
  userAgent: string;
  /** Rotated per request; empty for direct connections. */
  proxies?: string[];
  /** Resolved lazily: only "browser" and script-built pages in "auto" need one. */
  browser?: () => Promise<PageEngine | undefined>;
  /** Pages of one site that render "auto" may render (default 3): each costs a browser page load. */
  renderBudget?: number;
  retries?: number;
  retryBaseDelayMs?: number;
  pageTimeoutMs?: number;
}
