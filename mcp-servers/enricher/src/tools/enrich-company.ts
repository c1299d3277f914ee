import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { enrichCompany } from "../lib/enrich-company";
import { ZEnrichCompanyOutputSchema } from "../lib/schemas";
import {
  callKeysFields,
  callKeysOf,
  inputErrors,
  withoutCallKeys,
  type EnricherContext,
} from "./context";
import { guarded, ok } from "@leadscout/mcp-kit";

export function registerEnrichCompany(server: McpServer, ctx: EnricherContext): void {
  server.registerTool(
    "enrich_company",
    {
      title: "Enrich a company",
      description:
        "Company facts for a domain through a provider waterfall (the company's own site first, then configured data providers, on the caller's own Hunter and Apollo keys when given): name, description, logo, industry, headcount, location, founding year, social profiles and detected tech stack, with the provider and confidence behind each field.",
      inputSchema: {
        domain: z
          .string()
          .min(1)
          .max(2048)
          .describe(
            'Company domain ("acme.com", IDN allowed) or website URL ("https://www.acme.com")',
          ),
        ...callKeysFields,
      },
      outputSchema: ZEnrichCompanyOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: true, idempotentHint: true },
    },
    ({ domain, ...keys }) =>
      guarded(
        "enrich_company",
        () => {
          const call = callKeysOf(keys);
          return withoutCallKeys(call, async () =>
            ok(await enrichCompany(ctx.enricher, domain, call)),
          );
        },
        inputErrors,
      ),
  );
}
