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
  sourceUrl: z.string().optional().describe("Page the person was first seen on"),
});

/**
 * Why a page was rendered in Chromium: "requested" (render "browser"); in render "auto", an empty
 * app shell, an inline script that assembles an email or mailto: from parts, or a contact-like
 * page whose inline scripts write into it and where plain HTTP found no email.
 */
export const RENDER_REASONS = [
  "requested",
  "app_shell",
  "assembled_contact",
  "scripted_contact_page",
] as const;
export const ZRenderReasonSchema = z.enum(RENDER_REASONS);
export type RenderReason = z.infer<typeof ZRenderReasonSchema>;

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
  rendered: z
    .array(z.object({ url: z.string(), reason: ZRenderReasonSchema }))
    .optional()
    .describe("Pages read from headless Chromium rather than plain HTTP, and why"),
  renderSkipped: z
    .number()
    .int()
    .optional()
    .describe(
      "Pages that looked script-built but were read over HTTP: the site's render budget was spent",
    ),
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
