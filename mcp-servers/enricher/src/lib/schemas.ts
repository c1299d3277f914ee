import { z } from "zod";

// Tool outputs. The same schemas are declared as each tool's outputSchema and used to build the
// structuredContent, so what a client is promised is what it gets.

export const COMPANY_FIELDS = [
  "name",
  "description",
  "logoUrl",
  "industry",
  "employeeRange",
  "location",
  "founded",
  "socials",
  "techStack",
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

export const ZSocialSchema = z.object({
  platform: z.string().describe("linkedin, twitter, facebook, instagram, youtube, github, tiktok"),
  url: z.string(),
});
export type Social = z.infer<typeof ZSocialSchema>;

export const ZTechSchema = z.object({
  name: z.string(),
  category: z
    .string()
    .describe("cms, ecommerce, analytics, chat, payments, framework, hosting, server"),
  evidence: z
    .string()
    .optional()
    .describe("What gave it away (header, asset URL, generator, html)"),
});
export type Tech = z.infer<typeof ZTechSchema>;

export const ZCompanyDataSchema = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  logoUrl: z.string().optional(),
  industry: z.string().optional(),
  employeeRange: z.string().optional().describe('Headcount bucket such as "11-50"'),
  location: z.string().optional(),
  founded: z.number().int().optional().describe("Year founded"),
  socials: z.array(ZSocialSchema).optional(),
  techStack: z.array(ZTechSchema).optional(),
});
export type CompanyData = z.infer<typeof ZCompanyDataSchema>;

export const ZProvenanceSchema = z.object({
  provider: z.string(),
  confidence: z.number().min(0).max(1),
});

export const ZAttemptSchema = z.object({
  provider: z.string(),
  outcome: z
    .string()
    .describe(
      "filled, empty, skipped, or why it failed: rate_limited, timeout, circuit_open, http_error, unauthorized, malformed, network",
    ),
  cached: z.boolean().optional(),
  fields: z.array(z.string()).optional(),
  message: z.string().optional(),
});
export type Attempt = z.infer<typeof ZAttemptSchema>;

export const ZEnrichCompanyOutputSchema = ZCompanyDataSchema.extend({
  domain: z.string(),
  socials: z.array(ZSocialSchema),
  techStack: z.array(ZTechSchema),
  fields: z
    .record(z.string(), ZProvenanceSchema)
    .describe("For each filled field: which provider gave it and how sure it is"),
  attempts: z.array(ZAttemptSchema).describe("Each provider the waterfall tried, in order"),
});
export type EnrichCompanyOutput = z.infer<typeof ZEnrichCompanyOutputSchema>;

export const EMAIL_STATUSES = [
  "valid",
  "invalid",
  "accept_all",
  "unknown",
  "disposable",
  "webmail",
] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const ZEmailChecksSchema = z.object({
  syntax: z.boolean(),
  mx: z.boolean().nullable().describe("null when the DNS lookup timed out or failed"),
  disposable: z.boolean(),
  webmail: z.boolean(),
  role: z.boolean(),
  gibberish: z.boolean(),
  smtp: z
    .enum(["accepted", "rejected", "accept_all", "unknown"])
    .optional()
    .describe("Only when EMAIL_SMTP_PROBE=1"),
});
export type EmailChecks = z.infer<typeof ZEmailChecksSchema>;

export const ZVerifyEmailOutputSchema = z.object({
  email: z.string(),
  status: z.enum(EMAIL_STATUSES),
  score: z.number().int().min(0).max(100),
  checks: ZEmailChecksSchema,
  provider: z.string().describe("Which provider decided the status"),
  reason: z.string().optional(),
  mxHosts: z.array(z.string()).optional(),
  attempts: z.array(ZAttemptSchema),
});
export type VerifyEmailOutput = z.infer<typeof ZVerifyEmailOutputSchema>;

export const ZLinkedinCandidateSchema = z.object({
  url: z.string(),
  kind: z.enum(["person", "company"]),
  confidence: z.number().min(0).max(1),
  evidence: z
    .string()
    .describe("Where the URL was found: the company site page, or the search provider"),
});
export type LinkedinCandidate = z.infer<typeof ZLinkedinCandidateSchema>;

export const ZLookupLinkedinOutputSchema = z.object({
  candidates: z.array(ZLinkedinCandidateSchema),
  attempts: z.array(ZAttemptSchema),
});
export type LookupLinkedinOutput = z.infer<typeof ZLookupLinkedinOutputSchema>;
