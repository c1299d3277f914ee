import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { ZSignalSchema } from "../lib/schemas/qualification";
import { detectSignals } from "../lib/signals/detect";
import { guarded, ok } from "@leadscout/mcp-kit";

export function registerDetectSignals(server: McpServer): void {
  server.registerTool(
    "detect_signals",
    {
      title: "Detect buying signals",
      description:
        "Find buying and intent signals (hiring, funding, expansion, new product, pricing page, demo request, integrations, compliance, contact intent) in page text, in English, German, French and Spanish, each with the snippet that shows it.",
      inputSchema: {
        content: z
          .string()
          .min(1, "content must not be empty")
          .max(500_000)
          .describe("Visible text of a page"),
        url: z
          .url()
          .max(2048)
          .optional()
          .describe("The page's URL; its path is a signal too (/pricing, /careers)"),
      },
      outputSchema: { signals: z.array(ZSignalSchema) },
      annotations: { readOnlyHint: true, openWorldHint: false, idempotentHint: true },
    },
    ({ content, url }) =>
      guarded("detect_signals", () => ok({ signals: detectSignals(content, url) })),
  );
}
