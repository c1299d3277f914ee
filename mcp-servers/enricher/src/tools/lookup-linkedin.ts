import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { parseSiteInput } from "../lib/domain";
import { InputError } from "../lib/enrich-company";
import { lookupLinkedin } from "../lib/linkedin/lookup";
import { ZLookupLinkedinOutputSchema } from "../lib/schemas";
import { inputErrors, type EnricherContext } from "./context";
import { guarded, ok } from "@leadscout/mcp-kit";

export function registerLookupLinkedin(server: McpServer, ctx: EnricherContext): void {
  server.registerTool(
    "lookup_linkedin",
    {
      title: "Find LinkedIn profiles",
      description:
        "LinkedIn profile candidates for a person and their company. Every candidate carries evidence: found on the company's own site, or returned by the configured search provider. URLs are never guessed from a name.",
      inputSchema: {
        name: z.string().trim().min(1).max(200).describe("The person's full name"),
        company: z.string().trim().min(1).max(200).describe("The company's name"),
        domain: z
          .string()
          .max(2048)
          .optional()
          .describe("The company's domain or site URL; its pages are searched first"),
      },
      outputSchema: ZLookupLinkedinOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: true, idempotentHint: true },
    },
    ({ name, company, domain }) =>
      guarded(
        "lookup_linkedin",
        async () => {
          let site;
          if (domain) {
            const parsed = parseSiteInput(domain, ctx.enricher.allowlist);
            if (!parsed.ok) throw new InputError(`Invalid domain: ${parsed.error}`);
            site = parsed.site;
          }
          const result = await lookupLinkedin(
            { name, company, site },
            { website: ctx.enricher.website, search: ctx.enricher.search },
          );
          return ok(result);
        },
        inputErrors,
      ),
  );
}
