import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createMcpServer } from "@leadscout/mcp-kit";
import pkg from "../package.json" with { type: "json" };
import type { Enricher } from "./lib/enricher";
import { registerTools } from "./tools";

export function createServer(enricher: Enricher): McpServer {
  const server = createMcpServer({ name: "leadscout-enricher", version: pkg.version });
  registerTools(server, { enricher });
  return server;
}
