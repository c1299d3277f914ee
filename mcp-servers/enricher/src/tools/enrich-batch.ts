import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { enrichBatch } from "../lib/batch";
import {
  MAX_BATCH,
  ZBatchLeadSchema,
  ZBatchOptionsSchema,
  ZBatchOutputSchema,
} from "../lib/batch-schemas";
import { inputErrors, type EnricherContext } from "./context";
import { guarded, ok, toolError } from "@leadscout/mcp-kit";

export function registerEnrichBatch(server: McpServer, ctx: EnricherContext): void {
  server.registerTool(
    "enrich_batch",
    {
      title: "Enrich many leads",
      description: `Company, e-mail and LinkedIn enrichment for up to ${MAX_BATCH} leads per call with bounded concurrency. Each lead gets its own result and its own errors; one bad lead never fails the batch. Domains shared by many leads are fetched once, and each company is given once, in "companies", named by each lead's "companyKey". The per-lead results are in structuredContent; the text content is a one-line summary.`,
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
      guarded(
        "enrich_batch",
        async () => {
          if (leads.length > MAX_BATCH)
            return toolError(
              `enrich_batch takes at most ${MAX_BATCH} leads per call, got ${leads.length}: split the list`,
            );
          const out = await enrichBatch(ctx.enricher, leads, options);
          // A full batch is about a megabyte of JSON: sending it a second time as an escaped string
          // doubled the bytes on the pipe and the serialising on both ends, and no client wants a
          // megabyte of text. The results are in structuredContent; the text block sums them up.
          const { total, succeeded, failed } = out.summary;
          return ok(
            out,
            `Enriched ${total} leads: ${succeeded} complete, ${failed} with errors. Per-lead results are in structuredContent.`,
          );
        },
        inputErrors,
      ),
  );
}
