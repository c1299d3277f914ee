import { z } from "zod";
import pkg from "../../../package.json" with { type: "json" };

// The scraper's own environment, parsed once. Blank values count as unset.
const blank = (v: unknown) => (v === "" ? undefined : v);
const int = (def: number, min: number, max: number) =>
  z.preprocess(blank, z.coerce.number().int().min(min).max(max).default(def));

export const ZScraperEnvSchema = z.object({
  /** Comma list of proxy URLs, rotated per request. */
  SCRAPER_PROXIES: z.preprocess(blank, z.string().default("")),
  CHROMIUM_PATH: z.preprocess(blank, z.string().optional()),
  /** Pages per site that render "auto" may render in Chromium on an inline-script guess (app shells always render). */
  SCRAPER_RENDER_BUDGET: int(3, 0, 100),
  SCRAPER_HOST_CONCURRENCY: int(2, 1, 32),
  SCRAPER_HOST_DELAY_MS: int(250, 0, 60_000),
  SCRAPER_GLOBAL_CONCURRENCY: int(16, 1, 512),
  /** Extraction worker threads; 0 parses on the main thread. Default: one less than the CPU count. */
  SCRAPER_EXTRACT_WORKERS: z.preprocess(blank, z.coerce.number().int().min(0).max(32).optional()),
  /** Comma list of hosts that skip the private-address check (test fixtures on loopback). */
  SSRF_ALLOWLIST: z.preprocess(blank, z.string().default("")),
  SCRAPER_INFO_URL: z.preprocess(blank, z.string().url().default("https://leadscout.dev/bot")),
});

export type ScraperEnv = z.infer<typeof ZScraperEnvSchema>;

let cached: ScraperEnv | undefined;

export function scraperEnv(): ScraperEnv {
  cached ??= ZScraperEnvSchema.parse(process.env);
  return cached;
}

export const SCRAPER_VERSION: string = pkg.version;

/** Honest user agent: who we are and where to read about it. */
export function userAgent(infoUrl = scraperEnv().SCRAPER_INFO_URL): string {
  return `LeadscoutBot/${SCRAPER_VERSION} (+${infoUrl})`;
}

/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = "LeadscoutBot";

export function proxyList(env: ScraperEnv = scraperEnv()): string[] {
  return env.SCRAPER_PROXIES.split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}
