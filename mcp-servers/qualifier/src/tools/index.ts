import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registerBatchQualify } from "./batch-qualify";
import { registerDetectSignals } from "./detect-signals";
import { registerGenerateScore } from "./generate-score";
import { registerQualifyLead } from "./qualify-lead";
import type { ToolDeps } from "./shared";

export function registerTools(server: McpServer, deps: ToolDeps): void {
  registerQualifyLead(server, deps);
  registerBatchQualify(server, deps);
  registerGenerateScore(server);
  registerDetectSignals(server);
}
