import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { extractEmails } from "../lib/extract";
import { ZEmailSchema } from "../lib/schemas";
import { baseUrlField, htmlField, withBaseUrl } from "./html-input";
import { guarded } from "./result";

export const ZExtractEmailsInputSchema = {
  html: htmlField,
  base_url: baseUrlField,
};

export function registerExtractEmails(server: McpServer): void {
  server.registerTool(
    "extract_emails",
    {
      title: "Extract email addresses from HTML",
      description:
        "Finds the email addresses in HTML you already have: mailto links, text, entities, [at]/[dot] obfuscation, Cloudflare-protected addresses and JSON-LD; lowercased and deduplicated, with image names, placeholders and package specifiers left out.",
      inputSchema: ZExtractEmailsInputSchema,
      outputSchema: { emails: z.array(ZEmailSchema) },
      annotations: { readOnlyHint: true, openWorldHint: false, idempotentHint: true },
    },
    ({ html, base_url }) =>
      guarded("extract_emails", async () =>
        withBaseUrl(base_url, (base) => ({ emails: extractEmails(html, base) })),
      ),
  );
}
