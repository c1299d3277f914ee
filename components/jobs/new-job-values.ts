import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

// The New job form's own shape (text boxes, checkboxes) and how it maps onto the API's job body.
// The browser checks only what the form can know; the server validates the body with
// ZCreateJobSchema and its field errors are mapped back onto these inputs.

export const SOURCES = [
  { value: "single", label: "One URL" },
  { value: "bulk", label: "Pasted list" },
  { value: "sitemap", label: "Sitemap" },
] as const;

export const ZNewJobFormSchema = z
  .object({
    type: z.enum(["single", "bulk", "sitemap"]),
    url: z.string().trim(),
    urls_text: z.string(),
    sitemap_url: z.string().trim(),
    max_urls: z.number({ error: "Enter a number" }).int().min(1).max(10_000),
    max_pages: z.number({ error: "Enter a number" }).int().min(1).max(50),
    render: z.enum(["auto", "http", "browser"]),
    enrich: z.boolean(),
    qualify: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.type === "single" && !v.url)
      ctx.addIssue({ code: "custom", path: ["url"], message: "Enter a website URL" });
    if (v.type === "bulk" && splitLines(v.urls_text).length === 0)
      ctx.addIssue({ code: "custom", path: ["urls_text"], message: "Paste at least one URL" });
    if (v.type === "sitemap" && !v.sitemap_url)
      ctx.addIssue({ code: "custom", path: ["sitemap_url"], message: "Enter a sitemap URL" });
  });
export type NewJobValues = z.infer<typeof ZNewJobFormSchema>;
export type NewJobField = keyof NewJobValues;

export const NEW_JOB_DEFAULTS: NewJobValues = {
  type: "single",
  url: "",
  urls_text: "",
  sitemap_url: "",
  max_urls: 1000,
  max_pages: 10,
  render: "auto",
  enrich: true,
  qualify: true,
};

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The API body for these values (ZCreateJobSchema's input). */
export function toJobInput(v: NewJobValues) {
  const options = {
    max_pages_per_site: v.max_pages,
    render: v.render,
    enrich: v.enrich,
    qualify: v.qualify,
  };
  if (v.type === "single") return { type: "single" as const, url: v.url, options };
  if (v.type === "bulk") return { type: "bulk" as const, urls: splitLines(v.urls_text), options };
  return { type: "sitemap" as const, sitemap_url: v.sitemap_url, max_urls: v.max_urls, options };
}

const FIELD_OF: Record<string, NewJobField> = {
  url: "url",
  urls: "urls_text",
  sitemap_url: "sitemap_url",
  max_urls: "max_urls",
  "options.max_pages_per_site": "max_pages",
  "options.render": "render",
  "options.enrich": "enrich",
  "options.qualify": "qualify",
};

/** Server field errors keyed by API path → messages per form input; "urls.3" names its line. */
export function formErrorsOf(fields: FieldErrors): Partial<Record<NewJobField, string>> {
  const out: Partial<Record<NewJobField, string[]>> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const line = /^urls\.(\d+)$/.exec(path);
    const field = line ? "urls_text" : FIELD_OF[path];
    if (!field) continue;
    const text = line ? messages.map((m) => `Line ${Number(line[1]) + 1}: ${m}`) : messages;
    (out[field] ??= []).push(...text);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" ")]));
}
