import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { qualifyWithFallback } from "../lib/engines";
import { ZQualificationSchema } from "../lib/schemas/qualification";
import { guarded, ok } from "@leadscout/mcp-kit";
import { leadDataField, ruleSetOrDefault, rulesField, type QualifierContext } from "./shared";

export function registerQualifyLead(server: McpServer, ctx: QualifierContext): void {
  server.registerTool(
    "qualify_lead",
    {
      title: "Qualify a lead",
      description:
        "Score one lead 0..100 (hot/warm/cold) against the ideal-customer rules, with reasons and buying signals. Uses Claude when configured, the rules engine otherwise or when Claude fails (then fallbackReason says why).",
      inputSchema: { lead_data: leadDataField, rules: rulesField },
      outputSchema: ZQualificationSchema.shape,
      annotations: {
        readOnlyHint: true,
        openWorldHint: ctx.engines.some((e) => e.name === "llm"),
        idempotentHint: false,
      },
    },
    ({ lead_data, rules }) =>
      guarded("qualify_lead", async () => {
        const [qualification] = await qualifyWithFallback(
          ctx.engines,
          [lead_data],
          ruleSetOrDefault(rules),
        );
        return ok(qualification!);
      }),
  );
}
