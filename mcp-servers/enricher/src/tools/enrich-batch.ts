import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import {
  MAX_BATCH,
  ZBatchLeadSchema,
  ZBatchOptionsSchema,
  ZBatchOutputSchema,
  enrichBatch,
} from "../lib/batch";
import type { ToolContext } from "./context";
import { fail, guardTool, ok } from "./result";

export function registerEnrichBatch(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "enrich_batch",
    {
      title: "Enrich many leads",
      description: `Company, e-mail and LinkedIn enrichment for up to ${MAX_BATCH} leads per call with bounded concurrency. Each lead gets its own result and its own errors; one bad lead never fails the batch. Domains shared by many leads are fetched once.`,
      inputSchema: {
        // The count is checked in the handler so an oversized call gets one clear sentence back.
        leads: z.array(ZBatchLeadSchema).min(1).describe(`The leads, at most ${MAX_BATCH}`),
        options: ZBatchOptionsSchema.optional().describe(
          "Concurrency and which enrichments to run",
        ),
      },
      outputSchema: ZBatchOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: true, idempotentHint: true },
    },
    ({ leads, options }) =>
      guardTool(ctx.logError, "enrich_batch", async () => {
        if (leads.length > MAX_BATCH)
          return fail(
            `enrich_batch takes at most ${MAX_BATCH} leads per call, got ${leads.length}: split the list`,
          );
        return ok(await enrichBatch(ctx.enricher, leads, options));
      }),
  );
}
