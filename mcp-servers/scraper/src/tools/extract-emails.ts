import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { extractEmails } from "../lib/extract";
import { ZEmailSchema } from "../lib/schemas";
import { guarded, ok, parseHttpUrl, toolError } from "./result";

export const MAX_HTML_CHARS = 5_000_000;

export const ZExtractEmailsInputSchema = {
  html: z.string().max(MAX_HTML_CHARS).describe("The page's HTML (at most 5 MB)"),
  base_url: z
    .string()
    .max(2048)
    .optional()
    .describe("The page's URL: resolves relative links and becomes each item's sourceUrl"),
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
      guarded("extract_emails", async () => {
        const base = base_url === undefined ? undefined : parseHttpUrl(base_url, "base_url");
        if (typeof base === "string") return toolError(base);
        return ok({ emails: extractEmails(html, base?.href) });
      }),
  );
}
