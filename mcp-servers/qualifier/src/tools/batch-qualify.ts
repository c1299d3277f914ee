import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { guarded, ok } from "@leadscout/mcp-kit";
import { z } from "zod";
import { qualifyWithFallback } from "../lib/engines";
import { ZQualificationSchema } from "../lib/schemas/qualification";
import {
  leadDataField,
  ruleSetOrDefault,
  rulesField,
  ZBatchSummarySchema,
  type QualifierContext,
} from "./shared";

export const MAX_BATCH = 500;

export function registerBatchQualify(server: McpServer, ctx: QualifierContext): void {
  server.registerTool(
    "batch_qualify",
    {
      title: "Qualify many leads",
      description: `Score up to ${MAX_BATCH} leads in one call; results come back in input order. With Claude, several leads share a request and requests run concurrently; any lead Claude cannot score is scored by rules with a fallbackReason.`,
      inputSchema: {
        leads: z
          .array(leadDataField)
          .min(1, "leads must hold at least one lead")
          .max(MAX_BATCH, `at most ${MAX_BATCH} leads per call; split the batch`)
          .describe(`Leads to score, 1..${MAX_BATCH}`),
        rules: rulesField,
      },
      outputSchema: { results: z.array(ZQualificationSchema), summary: ZBatchSummarySchema },
      annotations: {
        readOnlyHint: true,
        openWorldHint: ctx.engines.some((e) => e.name === "llm"),
        idempotentHint: false,
      },
    },
    ({ leads, rules }, extra) =>
      guarded("batch_qualify", async () => {
        // With Claude a big batch takes minutes: progress notifications show it moving (and let
        // clients that reset their timeout on progress wait for it).
        const progressToken = extra._meta?.progressToken;
        const sent: Promise<void>[] = [];
        const onProgress =
          progressToken === undefined
            ? undefined
            : (progress: number, total: number) => {
                const note = {
                  method: "notifications/progress" as const,
                  params: { progressToken, progress, total },
                };
                sent.push(extra.sendNotification(note).catch(() => undefined));
              };
        const results = await qualifyWithFallback(
          ctx.engines,
          leads,
          ruleSetOrDefault(rules),
          onProgress,
        );
        // Notifications go out before the result, or the client would drop them as late.
        await Promise.all(sent);
        const count = (pred: (q: (typeof results)[number]) => boolean) =>
          results.filter(pred).length;
        return ok({
          results,
          summary: {
            total: results.length,
            hot: count((q) => q.status === "hot"),
            warm: count((q) => q.status === "warm"),
            cold: count((q) => q.status === "cold"),
            byLlm: count((q) => q.method === "llm"),
            byRules: count((q) => q.method === "rules"),
          },
        });
      }),
  );
}
