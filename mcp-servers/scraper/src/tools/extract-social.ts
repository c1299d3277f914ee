import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { extractSocial } from "../lib/extract";
import { ZSocialSchema } from "../lib/schemas";
import { baseUrlField, htmlField, withBaseUrl } from "./html-input";
import { guarded } from "./result";

export const ZExtractSocialInputSchema = {
  html: htmlField,
  base_url: baseUrlField,
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
      guarded("extract_social", async () =>
        withBaseUrl(base_url, (base) => ({ socials: extractSocial(html, base) })),
      ),
  );
}
