import robotsParser from "robots-parser";
import { FetchError, type SafeFetch } from "@leadscout/http";
import { absoluteHttpUrl } from "../extract/page-links";
import { ROBOTS_TOKEN } from "./config";

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Seconds, as the site asked; undefined when it did not. */
  crawlDelaySec?: number;
  sitemaps: string[];
  /** Why everything is disallowed, when it is for a reason other than the rules themselves. */
  unreachable?: string;
}

const ALLOW_ALL: RobotsRules = { isAllowed: () => true, sitemaps: [] };
/** RFC 9309 asks crawlers to parse at least the first 500 KiB; what follows is ignored. */
const MAX_ROBOTS_BYTES = 512 * 1024;

/** The text of a robots.txt cut at the size cap, without the line the cut went through. */
function robotsText(text: string, truncated: boolean): string {
  return truncated ? text.slice(0, text.lastIndexOf("\n") + 1) : text;
}

/**
 * Reads an origin's robots.txt following RFC 9309: a 4xx means no rules, a 5xx means "assume
 * everything is disallowed", and a fetch that fails outright is treated like a missing file.
 */
export async function loadRobots(
  origin: string,
  fetch: SafeFetch,
  opts: { userAgent: string; timeoutMs: number; proxy?: string },
): Promise<RobotsRules> {
  const robotsUrl = new URL("/robots.txt", origin).href;
  try {
    const res = await fetch(robotsUrl, {
      accept: "any",
      maxBytes: MAX_ROBOTS_BYTES,
      // A huge robots.txt is still the site's answer: reading none of it would allow everything.
      truncate: true,
      timeoutMs: opts.timeoutMs,
      idleTimeoutMs: opts.timeoutMs,
      headers: { "user-agent": opts.userAgent },
      proxy: opts.proxy,
    });
    if (res.status >= 500)
      return {
        isAllowed: () => false,
        sitemaps: [],
        unreachable: `robots.txt answered ${res.status}`,
      };
    if (res.status >= 400 || res.status < 200) return ALLOW_ALL;
    const robots = robotsParser(robotsUrl, robotsText(res.text(), res.truncated === true));
    return {
      isAllowed: (url) => robots.isAllowed(url, ROBOTS_TOKEN) !== false,
      crawlDelaySec: robots.getCrawlDelay(ROBOTS_TOKEN),
      // Sitemap: lines should be absolute, but sites write "/sitemap.xml" too.
      sitemaps: robots
        .getSitemaps()
        .map((u) => absoluteHttpUrl(u, res.finalUrl))
        .filter((u): u is string => u !== undefined),
    };
  } catch (err) {
    // An SSRF refusal of robots.txt means the site itself is refused: let the caller see it.
    if (
      err instanceof FetchError &&
      (err.code === "blocked_address" || err.code === "blocked_scheme")
    )
      throw err;
    return ALLOW_ALL;
  }
}
