import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { ScraperContext } from "../context";
import { ZSitemapResultSchema } from "../lib/schemas";
import { readSitemaps } from "../lib/sitemap/read-sitemaps";
import { DEFAULT_BUDGET_MS, guarded, ok, parseHttpUrl, toolError } from "./result";

export const ZScrapeSitemapInputSchema = {
  sitemap_url: z
    .string()
    .min(1)
    .max(2048)
    .describe(
      "A sitemap or sitemap index (.xml or .xml.gz), a robots.txt (its Sitemap: lines are followed) or a site root",
    ),
  limit: z
    .number()
    .int()
    .min(1)
    .max(50_000)
    .optional()
    .describe("Page URLs to return at most (default 1000)"),
};

export function registerScrapeSitemap(server: McpServer, ctx: ScraperContext): void {
  server.registerTool(
    "scrape_sitemap",
    {
      title: "List a sitemap's pages",
      description:
        "Returns the page URLs a site publishes in its sitemaps: follows sitemap indexes and robots.txt Sitemap: lines, reads gzip, deduplicates, and stops at the limit and at size caps.",
      inputSchema: ZScrapeSitemapInputSchema,
      outputSchema: ZSitemapResultSchema.shape,
      annotations: { readOnlyHint: true, openWorldHint: true, idempotentHint: true },
    },
    ({ sitemap_url, limit }) =>
      guarded("scrape_sitemap", async () => {
        const parsed = parseHttpUrl(sitemap_url, "sitemap_url");
        if (typeof parsed === "string") return toolError(parsed);
        const result = await readSitemaps(parsed.href, ctx.fetch, {
          limit: limit ?? 1000,
          userAgent: ctx.userAgent,
          timeoutMs: DEFAULT_BUDGET_MS,
        });
        if (!result.urls.length && result.errors.length)
          return toolError(
            `No sitemap could be read: ${result.errors.map((e) => `${e.url}: ${e.error}`).join("; ")}`,
          );
        return ok({ ...result, sitemapUrl: sitemap_url });
      }),
  );
}
