import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Enricher } from "./lib/enricher";
import { registerTools } from "./tools";

export function createServer(
  enricher: Enricher,
  logError: (msg: string, fields: Record<string, unknown>) => void,
): McpServer {
  const server = new McpServer({ name: "leadscout-enricher", version: "0.1.0" });
  registerTools(server, { enricher, logError });
  return server;
}
