import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { extractPhones } from "../lib/extract";
import { ZPhoneSchema } from "../lib/schemas";
import { htmlField } from "./html-input";
import { guarded, ok } from "./result";

export const ZExtractPhonesInputSchema = {
  html: htmlField,
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "country must be a two-letter ISO 3166-1 code such as DE or US")
    .optional()
    .describe(
      "Two-letter country for numbers written without a country code (default: inferred from the page)",
    ),
};

export function registerExtractPhones(server: McpServer): void {
  server.registerTool(
    "extract_phones",
    {
      title: "Extract phone numbers from HTML",
      description:
        "Finds phone numbers in HTML you already have (tel: links, text, JSON-LD telephone), validates them with libphonenumber and returns E.164 values; fax numbers are marked kind: fax. Dates, prices, versions and order numbers are never reported.",
      inputSchema: ZExtractPhonesInputSchema,
      outputSchema: { phones: z.array(ZPhoneSchema) },
      annotations: { readOnlyHint: true, openWorldHint: false, idempotentHint: true },
    },
    ({ html, country }) =>
      guarded("extract_phones", async () =>
        ok({ phones: extractPhones(html, country?.toUpperCase()) }),
      ),
  );
}
