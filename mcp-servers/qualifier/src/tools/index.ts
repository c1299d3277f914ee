import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registerBatchQualify } from "./batch-qualify";
import { registerDetectSignals } from "./detect-signals";
import { registerGenerateScore } from "./generate-score";
import { registerQualifyLead } from "./qualify-lead";
import type { QualifierContext } from "./shared";

export function registerTools(server: McpServer, ctx: QualifierContext): void {
  registerQualifyLead(server, ctx);
  registerBatchQualify(server, ctx);
  registerGenerateScore(server);
  registerDetectSignals(server);
}
