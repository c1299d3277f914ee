import zlib from "node:zlib";
import { FetchError, type SafeFetch } from "@leadscout/http";
import { loadRobots } from "../crawl/robots";
import { absoluteHttpUrl } from "../extract/page-links";
import type { SitemapResult } from "../schemas";
import { parseSitemap } from "./parse-sitemap";

export interface SitemapOptions {
  limit: number;
  /** Sitemap files fetched at most, indexes included. */
  maxFiles?: number;
  /** Decoded size cap per file (gzip is counted after decompression). */
  maxBytesPerFile?: number;
  /** Index nesting followed at most. */
  maxDepth?: number;
  timeoutMs?: number;
  userAgent: string;
}

function gunzipCapped(body: Buffer, maxBytes: number): Buffer {
  try {
    return zlib.gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    if (
      err instanceof RangeError ||
      (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE"
    ) {
      throw new Error(`Sitemap decompresses to more than ${maxBytes} bytes`);
    }
    throw new Error("Sitemap is not valid gzip");
  }
}

/** Where to start: a robots.txt or a bare site root means "the sitemaps robots.txt lists". */
async function startingPoints(url: URL, fetch: SafeFetch, opts: SitemapOptions): Promise<string[]> {
  const isRobots = url.pathname.toLowerCase() === "/robots.txt";
  if (!isRobots && url.pathname !== "/") return [url.href];
  const robots = await loadRobots(url.origin, fetch, {
    userAgent: opts.userAgent,
    timeoutMs: Math.min(10_000, opts.timeoutMs ?? 10_000),
  });
  if (robots.sitemaps.length) return robots.sitemaps;
  return isRobots ? [] : [new URL("/sitemap.xml", url.origin).href];
}

/** Walks a sitemap (and its indexes) breadth-first under hard caps; never throws for bad documents. */
export async function readSitemaps(
  sitemapUrl: string,
  fetch: SafeFetch,
  opts: SitemapOptions,
): Promise<SitemapResult> {
  const maxFiles = opts.maxFiles ?? 50;
  const maxBytes = opts.maxBytesPerFile ?? 20 * 1024 * 1024;
  const maxDepth = opts.maxDepth ?? 3;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const result: SitemapResult = {
    sitemapUrl,
    urls: [],
    sitemapsRead: 0,
    truncated: false,
    errors: [],
  };
  const pages = new Set<string>();
  const visited = new Set<string>();
  let start: string[] = [];
  try {
    start = await startingPoints(new URL(sitemapUrl), fetch, opts);
    if (!start.length)
      result.errors.push({ url: sitemapUrl, error: "robots.txt lists no Sitemap: lines" });
  } catch (err) {
    // Only an SSRF refusal escapes robots.txt loading; it is this URL's error like any other.
    result.errors.push({
      url: sitemapUrl,
      error: err instanceof Error ? err.message : String(err),
    });
  }
  let frontier = start.map((u) => ({ url: u, depth: 0 }));

  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { url, depth } of frontier) {
      if (visited.has(url)) continue;
      if (pages.size >= opts.limit || result.sitemapsRead >= maxFiles || Date.now() >= deadline) {
        result.truncated = true;
        break;
      }
      visited.add(url);
      result.sitemapsRead++;
      try {
        const res = await fetch(url, {
          accept: "any",
          maxBytes,
          timeoutMs: Math.max(1, Math.min(30_000, deadline - Date.now())),
          headers: {
            "user-agent": opts.userAgent,
            accept: "application/xml,text/xml,text/plain,*/*;q=0.5",
          },
        });
        if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}`);
        const isGzip = res.body[0] === 0x1f && res.body[1] === 0x8b;
        const bytes = isGzip ? gunzipCapped(res.body, maxBytes) : res.body;
        const parsed = parseSitemap(bytes.toString("utf8"), opts.limit - pages.size + 1);
        if (parsed.error) result.errors.push({ url, error: parsed.error });
        if (parsed.kind === "index") {
          if (depth >= maxDepth) {
            result.errors.push({
              url,
              error: `Sitemap index nested deeper than ${maxDepth} levels`,
            });
            continue;
          }
          for (const loc of parsed.locs) {
            const child = absoluteHttpUrl(loc, url);
            // Never queue more children than the file cap could ever fetch.
            if (child && !visited.has(child) && next.length < maxFiles)
              next.push({ url: child, depth: depth + 1 });
          }
        } else if (parsed.kind === "unknown" && !parsed.error) {
          result.errors.push({ url, error: "Not a sitemap (no <urlset> or <sitemapindex>)" });
        } else {
          for (const loc of parsed.locs) {
            const page = absoluteHttpUrl(loc, url);
            if (!page) continue;
            if (pages.size >= opts.limit) {
              result.truncated = true;
              break;
            }
            pages.add(page);
          }
          if (parsed.truncated) result.truncated = true;
        }
      } catch (err) {
        // SSRF refusals say so; everything else is a per-file error and the walk goes on.
        result.errors.push({
          url,
          error: err instanceof FetchError || err instanceof Error ? err.message : String(err),
        });
      }
    }
    frontier = next;
  }
  result.urls = [...pages];
  return result;
}
