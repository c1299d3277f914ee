import { z } from "zod";
import { AppError } from "@/lib/errors";
import { callTool, McpToolError, McpUnavailableError } from "@/lib/mcp";
import { normalizeUrl, sameSite } from "./normalize-url";

const ZSitemapOutputSchema = z.object({
  urls: z.array(z.string()),
  truncated: z.boolean(),
});

const SITEMAP_TIMEOUT_MS = 60_000;

/**
 * The pages a job's sitemap lists, read through the scraper's scrape_sitemap when the job is
 * created, so the job is priced on its real size and a sitemap of another site's pages is turned
 * away before anything is written. Pages on other hosts are dropped; none left is a 422.
 */
export async function sitemapUrls(sitemapUrl: string, maxUrls: number): Promise<string[]> {
  const field = (message: string) =>
    new AppError("validation_failed", message, { fields: { sitemap_url: [message] } });
  let raw: unknown;
  try {
    raw = await callTool(
      "scraper",
      "scrape_sitemap",
      { sitemap_url: sitemapUrl, limit: maxUrls },
      { timeoutMs: SITEMAP_TIMEOUT_MS },
    );
  } catch (err) {
    if (err instanceof McpToolError) throw field(`The sitemap could not be read: ${err.message}`);
    if (err instanceof McpUnavailableError)
      throw new AppError("unavailable", "The scraper is not available; try again shortly", {
        cause: err,
      });
    throw err;
  }
  const { urls } = ZSitemapOutputSchema.parse(raw);
  // host includes a non-default port: another port is another site.
  const siteHost = new URL(sitemapUrl).host;
  const own = new Set<string>();
  let foreign = 0;
  for (const u of urls) {
    const n = normalizeUrl(u);
    if (n.ok && sameSite(new URL(n.url).host, siteHost)) own.add(n.url);
    else foreign += 1;
  }
  if (!own.size)
    throw field(
      urls.length
        ? `The sitemap lists ${foreign} page(s), none of them on ${siteHost}`
        : "The sitemap lists no pages",
    );
  return [...own].slice(0, maxUrls);
}
