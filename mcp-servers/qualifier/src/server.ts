import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createMcpServer } from "@leadscout/mcp-kit";
import pkg from "../package.json" with { type: "json" };
import { rulesEngine, type Engine } from "./lib/engines";
import { llmSettingsFromEnv, type LlmConfig, type LlmSettings } from "./lib/llm/config";
import { llmEnginesByKey } from "./lib/llm/engines-by-key";
import { createLlmEngine } from "./lib/llm/llm-engine";
import { registerTools } from "./tools";

export function createQualifierServer(
  llm: LlmConfig | undefined,
  settings: LlmSettings = llm ?? llmSettingsFromEnv(),
): McpServer {
  const engines: Engine[] = llm ? [createLlmEngine(llm), rulesEngine] : [rulesEngine];
  // A cap on array elements in one call, far above 500 full leads, so a runaway payload is refused
  // before any validation work.
  const server = createMcpServer(
    { name: "leadscout-qualifier", version: pkg.version },
    { capabilities: { tools: {} }, maxToolInputElements: 500_000 },
  );
  registerTools(server, { engines, engineForKey: llmEnginesByKey(settings) });
  return server;
}
