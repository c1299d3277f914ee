import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { EnricherContext } from "./context";
import { registerEnrichBatch } from "./enrich-batch";
import { registerEnrichCompany } from "./enrich-company";
import { registerLookupLinkedin } from "./lookup-linkedin";
import { registerVerifyEmail } from "./verify-email";

export function registerTools(server: McpServer, ctx: EnricherContext): void {
  registerEnrichCompany(server, ctx);
  registerVerifyEmail(server, ctx);
  registerLookupLinkedin(server, ctx);
  registerEnrichBatch(server, ctx);
}
