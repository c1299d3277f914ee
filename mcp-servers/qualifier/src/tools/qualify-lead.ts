import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { qualifyWithFallback } from "../lib/engines";
import { ZQualificationSchema } from "../lib/schemas/qualification";
import { guarded, ok } from "@leadscout/mcp-kit";
import {
  apiKeyField,
  enginesFor,
  leadDataField,
  ruleSetOrDefault,
  rulesField,
  withoutKey,
  type QualifierContext,
} from "./shared";

export function registerQualifyLead(server: McpServer, ctx: QualifierContext): void {
  server.registerTool(
    "qualify_lead",
    {
      title: "Qualify a lead",
      description:
        "Score one lead 0..100 (hot/warm/cold) against the ideal-customer rules, with reasons and buying signals. Uses Claude when configured, the rules engine otherwise or when Claude fails (then fallbackReason says why).",
      inputSchema: {
        lead_data: leadDataField,
        rules: rulesField,
        engine: z
          .enum(["auto", "rules"])
          .optional()
          .describe(
            '"auto" (default): Claude when configured, else rules; "rules": the rules engine only ' +
              "(e.g. when the caller's plan does not include Claude scoring)",
          ),
        api_key: apiKeyField,
      },
      outputSchema: ZQualificationSchema.shape,
      annotations: {
        readOnlyHint: true,
        // Any call may bring its own Claude key.
        openWorldHint: true,
        idempotentHint: false,
      },
    },
    ({ lead_data, rules, engine, api_key }) =>
      guarded("qualify_lead", async () => {
        const [qualification] = await qualifyWithFallback(
          enginesFor(ctx, engine, api_key),
          [lead_data],
          ruleSetOrDefault(rules),
        );
        return ok(withoutKey(qualification!, api_key));
      }),
  );
}
