import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { extractSocial } from "../lib/extract";
import { ZSocialSchema } from "../lib/schemas";
import { MAX_HTML_CHARS } from "./extract-emails";
import { guarded, ok, parseHttpUrl, toolError } from "./result";

export const ZExtractSocialInputSchema = {
  html: z.string().max(MAX_HTML_CHARS).describe("The page's HTML (at most 5 MB)"),
  base_url: z
    .string()
    .max(2048)
    .optional()
    .describe("The page's URL: resolves relative links and becomes each item's sourceUrl"),
};

export function registerExtractSocial(server: McpServer): void {
  server.registerTool(
    "extract_social",
    {
      title: "Extract social profiles from HTML",
      description:
        "Finds company and person profiles on LinkedIn, X/Twitter, Facebook, Instagram, YouTube, GitHub and TikTok in HTML you already have; tracking parameters removed, share links and bare platform pages left out.",
      inputSchema: ZExtractSocialInputSchema,
      outputSchema: { socials: z.array(ZSocialSchema) },
      annotations: { readOnlyHint: true, openWorldHint: false, idempotentHint: true },
    },
    ({ html, base_url }) =>
      guarded("extract_social", async () => {
        const base = base_url === undefined ? undefined : parseHttpUrl(base_url, "base_url");
        if (typeof base === "string") return toolError(base);
        return ok({ socials: extractSocial(html, base?.href) });
      }),
  );
}
