import { z } from "zod";
import { ZJobStatusSchema, ZJobUrlStatusSchema } from "./job-values";
import { normalizeUrl } from "./normalize-url";

export * from "./job-values";

// The public contract of a job: POST /api/v1/jobs validates with it and its OpenAPI document is
// generated from it. Field names are snake_case as the API speaks them.

export const MAX_BULK_URLS = 10_000;
export const DEFAULT_SITEMAP_URLS = 1_000;

/** A URL as the caller wrote it; parsed into its normalized form, or an issue saying why not. */
export const ZJobUrlSchema = z
  .string()
  .max(4096)
  .describe("Company website, e.g. https://acme.com (a bare domain means https)")
  .transform((raw, ctx) => {
    const n = normalizeUrl(raw);
    if (!n.ok) {
      ctx.addIssue({ code: "custom", message: n.error });
      return z.NEVER;
    }
    return n.url;
  });

export const ZJobOptionsSchema = z
  .object({
    max_pages_per_site: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(10)
      .describe("Pages crawled per site at most, home page included (1..50, default 10)"),
    render: z
      .enum(["auto", "http", "browser"])
      .default("auto")
      .describe('"http": fetch only; "browser": render in Chromium; "auto": render when needed'),
    qualify: z
      .boolean()
      .default(true)
      .describe("Score each lead with the organization's rules (default true)"),
    enrich: z
      .boolean()
      .default(true)
      .describe("Enrich each lead with company facts (default true)"),
  })
  .strict();
export type JobOptions = z.output<typeof ZJobOptionsSchema>;

const common = {
  options: ZJobOptionsSchema.optional().describe("How each site is crawled and processed"),
  // Only its shape here: createJob checks where it points (as webhook endpoints are checked).
  webhook_url: z
    .string({ error: "Must be a URL" })
    .trim()
    .max(2048, "At most 2048 characters")
    .optional()
    .describe(
      "HTTPS URL also notified when the job ends (http only for hosts in SSRF_ALLOWLIST); " +
        "private, loopback and metadata addresses are refused",
    ),
};

/** Unique normalized URLs in first-seen order. */
function dedupe(urls: string[]): string[] {
  return [...new Set(urls)];
}

export const ZCreateJobSchema = z.discriminatedUnion("type", [
  z
    .object({ type: z.literal("single"), url: ZJobUrlSchema, ...common })
    .strict()
    .describe("Scrape one website"),
  z
    .object({
      type: z.literal("bulk"),
      urls: z
        .array(ZJobUrlSchema)
        .min(1, "urls must hold at least one URL")
        .max(MAX_BULK_URLS, `at most ${MAX_BULK_URLS.toLocaleString("en")} URLs per job`)
        .transform(dedupe)
        .describe(`Websites to scrape, 1..${MAX_BULK_URLS}; duplicates are dropped`),
      ...common,
    })
    .strict()
    .describe("Scrape a list of websites"),
  z
    .object({
      type: z.literal("sitemap"),
      sitemap_url: ZJobUrlSchema.describe("A sitemap, sitemap index, robots.txt or site root"),
      max_urls: z
        .number()
        .int()
        .min(1)
        .max(MAX_BULK_URLS)
        .default(DEFAULT_SITEMAP_URLS)
        .describe(`Pages taken from the sitemap at most (default ${DEFAULT_SITEMAP_URLS})`),
      ...common,
    })
    .strict()
    .describe("Scrape the pages a site lists in its sitemap"),
]);
export type CreateJobInput = z.input<typeof ZCreateJobSchema>;
export type CreateJob = z.output<typeof ZCreateJobSchema>;

export const ZListJobsQuerySchema = z.object({
  status: ZJobStatusSchema.optional().describe("Only jobs in this status"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().describe("next_cursor from the previous page"),
});
export type ListJobsQuery = z.input<typeof ZListJobsQuerySchema>;

export const ZListJobUrlsQuerySchema = z.object({
  status: ZJobUrlStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});
export type ListJobUrlsQuery = z.input<typeof ZListJobUrlsQuerySchema>;
