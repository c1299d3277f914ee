import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { rulesEngine, type Engine } from "./lib/engines";
import type { LlmConfig } from "./lib/llm/config";
import { createLlmEngine } from "./lib/llm/llm-engine";
import { registerTools } from "./tools";

export function createQualifierServer(llm: LlmConfig | undefined): McpServer {
  const engines: Engine[] = llm ? [createLlmEngine(llm), rulesEngine] : [rulesEngine];
  // A cap on array elements in one call, far above 500 full leads, so a runaway payload is refused
  // before any validation work.
  const server = new McpServer(
    { name: "leadscout-qualifier", version: "0.1.0" },
    { capabilities: { tools: {} }, maxToolInputElements: 500_000 },
  );
  registerTools(server, { engines });
  return server;
}
