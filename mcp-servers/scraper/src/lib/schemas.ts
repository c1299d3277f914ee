import { z } from "zod";

// The tools' output contract. The pipeline, other MCP clients and the tests rely on these shapes.
export const ZPlatformSchema = z.enum([
  "linkedin",
  "twitter",
  "facebook",
  "instagram",
  "youtube",
  "github",
  "tiktok",
]);

export const ZEmailSchema = z.object({
  value: z.string().describe("Lowercased email address"),
  sourceUrl: z.string().describe("Page the address was found on"),
});

export const ZPhoneSchema = z.object({
  value: z.string().describe("E.164 number, e.g. +493012345678"),
  raw: z.string().describe("The number as written on the page"),
  sourceUrl: z.string().describe("Page the number was found on"),
  kind: z
    .enum(["phone", "mobile", "fax"])
    .optional()
    .describe("fax numbers are marked so nobody calls them"),
});

export const ZSocialSchema = z.object({
  platform: ZPlatformSchema,
  url: z.string().describe("Canonical profile URL without tracking parameters"),
  kind: z.enum(["company", "person"]).optional(),
  sourceUrl: z.string().describe("Page the profile link was found on"),
});

export const ZPersonSchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  linkedin: z.string().optional(),
});

export const ZScrapeStatusSchema = z.enum(["ok", "blocked", "not_found", "error"]);

export const ZScrapeResultSchema = z.object({
  url: z.string().describe("The URL asked for"),
  finalUrl: z.string().describe("Where the root page ended up after redirects"),
  status: ZScrapeStatusSchema.describe(
    "ok; blocked (CAPTCHA, challenge, 403 wall, robots.txt); not_found (404 root); error",
  ),
  error: z.string().optional().describe("Why the status is not ok"),
  company: z.object({
    name: z.string().optional(),
    domain: z.string().describe("Site host without www."),
    description: z.string().optional(),
  }),
  emails: z.array(ZEmailSchema),
  phones: z.array(ZPhoneSchema),
  socials: z.array(ZSocialSchema),
  people: z.array(ZPersonSchema),
  address: z.string().optional(),
  pagesCrawled: z.number().int().describe("Pages fetched and extracted"),
});

export type ScrapeResult = z.infer<typeof ZScrapeResultSchema>;

export const ZSitemapResultSchema = z.object({
  sitemapUrl: z.string(),
  urls: z.array(z.string()).describe("Page URLs, deduplicated, at most `limit`"),
  sitemapsRead: z.number().int().describe("Sitemap files fetched (indexes included)"),
  truncated: z.boolean().describe("True when a cap (limit, files, bytes) stopped the walk early"),
  errors: z
    .array(z.object({ url: z.string(), error: z.string() }))
    .describe("Sitemap files that could not be read"),
});

export type SitemapResult = z.infer<typeof ZSitemapResultSchema>;
