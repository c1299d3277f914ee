import { z } from "zod";
import {
  ZEnrichCompanyOutputSchema,
  ZLookupLinkedinOutputSchema,
  ZVerifyEmailOutputSchema,
} from "./schemas";

// enrich_batch's input and output. A batch's leads often share a domain (a site's contacts come
// in together), so each company is given once in `companies` and each lead names its own: sending
// the same company again for every lead was most of a batch's bytes, on the wire and in the
// output validation.

export const MAX_BATCH = 500;

export const ZBatchLeadSchema = z.object({
  id: z.string().max(200).optional().describe("Your own id for the lead, echoed back"),
  domain: z.string().max(2048).optional().describe("Company domain or website URL"),
  email: z.string().max(320).optional().describe("Address to verify"),
  name: z.string().max(200).optional().describe("Person's full name, for the LinkedIn lookup"),
  company: z.string().max(200).optional().describe("Company name, for the LinkedIn lookup"),
});
export type BatchLead = z.infer<typeof ZBatchLeadSchema>;

export const ZBatchOptionsSchema = z.object({
  concurrency: z
    .number()
    .int()
    .min(1)
    .max(32)
    .optional()
    .describe("Leads worked on at once (default ENRICH_CONCURRENCY, 8)"),
  include: z
    .array(z.enum(["company", "email", "linkedin"]))
    .min(1)
    .optional()
    .describe("Which enrichments to run (default all that the lead has input for)"),
});
export type BatchOptions = z.infer<typeof ZBatchOptionsSchema>;

export const ZBatchItemSchema = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  ok: z.boolean().describe("false when any part failed; the parts that worked are still given"),
  companyKey: z
    .string()
    .optional()
    .describe(
      "The lead's company: its key in `companies` (the domain, with a port if one was given)",
    ),
  email: ZVerifyEmailOutputSchema.optional(),
  linkedin: ZLookupLinkedinOutputSchema.optional(),
  errors: z.array(z.object({ part: z.string(), message: z.string() })),
});
export type BatchItem = z.infer<typeof ZBatchItemSchema>;

export const ZBatchOutputSchema = z.object({
  results: z.array(ZBatchItemSchema),
  companies: z
    .record(z.string(), ZEnrichCompanyOutputSchema)
    .describe(
      "Each company once, by domain: the leads of one domain share it through their companyKey",
    ),
  summary: z.object({
    total: z.number().int(),
    succeeded: z.number().int(),
    failed: z.number().int(),
    cache: z
      .object({ hits: z.number().int(), misses: z.number().int() })
      .describe(
        "Provider calls answered from the cache (or joined in flight) vs made while this batch ran; includes calls of other requests running at the same time",
      ),
  }),
});
export type BatchOutput = z.infer<typeof ZBatchOutputSchema>;
