import robotsParser from "robots-parser";
import { FetchError, type SafeFetch } from "../../../../../lib/http";
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
      maxBytes: 512 * 1024,
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
    const robots = robotsParser(robotsUrl, res.text());
    return {
      isAllowed: (url) => robots.isAllowed(url, ROBOTS_TOKEN) !== false,
      crawlDelaySec: robots.getCrawlDelay(ROBOTS_TOKEN),
      sitemaps: robots.getSitemaps(),
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
