import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { scoreLead } from "../lib/rules/score";
import { ZQualificationSchema } from "../lib/schemas/qualification";
import { guarded, ok } from "@leadscout/mcp-kit";
import { leadDataField, ruleSetOrDefault, rulesField } from "./shared";

export function registerGenerateScore(server: McpServer): void {
  server.registerTool(
    "generate_score",
    {
      title: "Score a lead with the rules engine",
      description:
        "Deterministic rules-engine score of one lead: fast, free and repeatable (same input, same output). Every point awarded is listed in reasons with its evidence.",
      inputSchema: { lead_data: leadDataField, rules: rulesField },
      outputSchema: ZQualificationSchema.shape,
      annotations: { readOnlyHint: true, openWorldHint: false, idempotentHint: true },
    },
    ({ lead_data, rules }) =>
      guarded("generate_score", () => ok(scoreLead(lead_data, ruleSetOrDefault(rules)))),
  );
}
