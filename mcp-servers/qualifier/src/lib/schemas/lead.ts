import { z } from "zod";

// What the scraper and enricher produce for one company. Items may arrive either as the scraper's
// objects ({ value, sourceUrl }) or as bare strings from other callers; both are accepted. Unknown
// extra keys are kept (enrichment grows over time) but known keys must have the right types.

const MAX_TEXT = 200_000;

const ZUrlStringSchema = z.string().max(2048);

export const ZEmailItemSchema = z.union([
  z.string().max(320),
  z.object({ value: z.string().max(320), sourceUrl: ZUrlStringSchema.optional() }).loose(),
]);

export const ZPhoneItemSchema = z.union([
  z.string().max(64),
  z
    .object({
      value: z.string().max(64),
      raw: z.string().max(128).optional(),
      sourceUrl: ZUrlStringSchema.optional(),
      kind: z.enum(["phone", "mobile", "fax"]).optional(),
    })
    .loose(),
]);

export const ZSocialItemSchema = z.union([
  ZUrlStringSchema,
  z
    .object({
      platform: z.string().max(32),
      url: ZUrlStringSchema,
      kind: z.enum(["company", "person"]).optional(),
      sourceUrl: ZUrlStringSchema.optional(),
    })
    .loose(),
]);

export const ZPersonSchema = z
  .object({
    name: z.string().min(1).max(200).describe("Full name as found on the site"),
    title: z.string().max(300).optional().describe("Job title, e.g. 'Head of Sales'"),
    email: z.string().max(320).optional(),
    phone: z.string().max(64).optional(),
    linkedin: ZUrlStringSchema.optional(),
  })
  .loose();

export const ZPageExcerptSchema = z
  .object({
    url: ZUrlStringSchema.describe("Page the text was taken from"),
    title: z.string().max(500).optional(),
    text: z.string().max(MAX_TEXT).describe("Visible text of the page (untrusted)"),
  })
  .loose();

export const ZLeadDataSchema = z
  .object({
    domain: z.string().max(253).optional().describe("Company domain, e.g. 'acme.com'"),
    company: z
      .object({
        name: z.string().max(300).optional(),
        domain: z.string().max(253).optional(),
        description: z.string().max(5000).optional(),
      })
      .loose()
      .optional()
      .describe("Company name, domain and description"),
    emails: z.array(ZEmailItemSchema).max(500).optional().describe("Email addresses found"),
    phones: z
      .array(ZPhoneItemSchema)
      .max(200)
      .optional()
      .describe("Phone numbers found (E.164 preferred)"),
    socials: z.array(ZSocialItemSchema).max(200).optional().describe("Social profiles found"),
    people: z
      .array(ZPersonSchema)
      .max(500)
      .optional()
      .describe("People found: name, title, contact"),
    address: z.string().max(1000).optional(),
    pages: z
      .array(ZPageExcerptSchema)
      .max(50)
      .optional()
      .describe("Page excerpts: url, title, visible text"),
    enrichment: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Enricher output: industry, employeeRange, location, techStack, ..."),
  })
  .loose()
  .refine((lead) => Boolean(lead.domain || lead.company?.domain || lead.company?.name), {
    message: "a lead needs a domain or a company name (domain, company.domain or company.name)",
  });

export type LeadData = z.infer<typeof ZLeadDataSchema>;
