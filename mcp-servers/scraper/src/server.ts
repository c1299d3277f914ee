import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createMcpServer } from "@leadscout/mcp-kit";
import { createContext, type ScraperContext } from "./context";
import { SCRAPER_VERSION } from "./lib/crawl/config";
import { registerTools } from "./tools";

export function createScraperServer(ctx: ScraperContext = createContext()): McpServer {
  const server = createMcpServer({ name: "leadscout-scraper", version: SCRAPER_VERSION });
  registerTools(server, ctx);
  return server;
}
