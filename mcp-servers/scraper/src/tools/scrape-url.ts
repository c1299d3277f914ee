import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { ScraperContext } from "../context";
import { ZScrapeResultSchema } from "../lib/schemas";
import { DEFAULT_BUDGET_MS, guarded, ok, parseHttpUrl, toolError } from "./result";

export const ZScrapeUrlInputSchema = {
  url: z
    .string()
    .min(1)
    .max(2048)
    .describe("Company website, e.g. https://example.com (a bare domain means https)"),
  options: z
    .object({
      maxPages: z
        .number()
        .int()
        .min(1)
        .max(50)
        .optional()
        .describe("Pages to fetch at most, root included (default 10, max 50)"),
      render: z
        .enum(["auto", "http", "browser"])
        .optional()
        .describe(
          '"http": fetch and parse; "browser": render every page in Chromium; "auto" (default): HTTP, rendering only script-built pages when a browser is available',
        ),
      timeoutMs: z
        .number()
        .int()
        .min(1_000)
        .max(300_000)
        .optional()
        .describe(
          "Time budget for the whole crawl in ms (default 50000, so the answer comes inside MCP clients' usual 60 s timeout)",
        ),
    })
    .optional()
    .describe("Crawl options"),
};

export function registerScrapeUrl(server: McpServer, ctx: ScraperContext): void {
  server.registerTool(
    "scrape_url",
    {
      title: "Scrape a company website",
      description:
        "Crawls a website's home page and its most contact-like pages (contact, about, team, imprint, careers, ...) and returns the emails, phone numbers, social profiles, people and company facts found, each with the page it came from. Blocked or missing sites come back with status blocked / not_found.",
      inputSchema: ZScrapeUrlInputSchema,
      outputSchema: ZScrapeResultSchema.shape,
      annotations: { readOnlyHint: true, openWorldHint: true, idempotentHint: true },
    },
    ({ url, options }) =>
      guarded("scrape_url", async () => {
        const parsed = parseHttpUrl(url, "url");
        if (typeof parsed === "string") return toolError(parsed);
        const result = await ctx.crawler.scrape(parsed.href, {
          maxPages: options?.maxPages ?? 10,
          render: options?.render ?? "auto",
          timeoutMs: options?.timeoutMs ?? DEFAULT_BUDGET_MS,
        });
        return ok({ ...result, url });
      }),
  );
}
