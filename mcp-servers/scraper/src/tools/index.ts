import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ScraperContext } from "../context";
import { registerExtractEmails } from "./extract-emails";
import { registerExtractPhones } from "./extract-phones";
import { registerExtractSocial } from "./extract-social";
import { registerScrapeSitemap } from "./scrape-sitemap";
import { registerScrapeUrl } from "./scrape-url";

export function registerTools(server: McpServer, ctx: ScraperContext): void {
  registerScrapeUrl(server, ctx);
  registerScrapeSitemap(server, ctx);
  registerExtractEmails(server);
  registerExtractPhones(server);
  registerExtractSocial(server);
}
