import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

// The New job form's own shape (text boxes, checkboxes, a parsed CSV) and how it maps onto the
// API's job body. The browser checks only what the form can know; the server validates the body
// with ZCreateJobSchema and its field errors are mapped back onto these inputs.

export const SOURCES = [
  { value: "single", label: "One URL" },
  { value: "bulk", label: "List" },
  { value: "csv", label: "CSV" },
  { value: "sitemap", label: "Sitemap" },
] as const;
export type Source = (typeof SOURCES)[number]["value"];

export const ZNewJobFormSchema = z
  .object({
    type: z.enum(["single", "bulk", "csv", "sitemap"]),
    url: z.string().trim(),
    urls_text: z.string(),
    sitemap_url: z.string().trim(),
    max_urls: z.number({ error: "Enter a number" }).int().min(1).max(10_000),
    /** Filled by the CSV picker: the usable URLs, the file line each came from, the bad rows. */
    csv_file: z.string(),
    csv_urls: z.array(z.string()),
    csv_rows: z.array(z.number()),
    csv_bad_rows: z.number(),
    csv_skip_bad: z.boolean(),
    max_pages: z.number({ error: "Enter a number" }).int().min(1).max(50),
    render: z.enum(["auto", "http", "browser"]),
    enrich: z.boolean(),
    qualify: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (v.type === "single" && !v.url) issue("url", "Enter a website URL");
    if (v.type === "bulk" && splitLines(v.urls_text).length === 0)
      issue("urls_text", "Paste at least one URL");
    if (v.type === "sitemap" && !v.sitemap_url) issue("sitemap_url", "Enter a sitemap URL");
    if (v.type === "csv") {
      if (!v.csv_file) issue("csv_file", "Choose a CSV file");
      else if (v.csv_urls.length === 0) issue("csv_file", "The file holds no usable URLs");
      else if (v.csv_bad_rows > 0 && !v.csv_skip_bad)
        issue(
          "csv_skip_bad",
          `${v.csv_bad_rows} row(s) are not usable: fix the file, or skip them`,
        );
    }
  });
export type NewJobValues = z.infer<typeof ZNewJobFormSchema>;
export type NewJobField = keyof NewJobValues;

export const NEW_JOB_DEFAULTS: NewJobValues = {
  type: "single",
  url: "",
  urls_text: "",
  sitemap_url: "",
  max_urls: 1000,
  csv_file: "",
  csv_urls: [],
  csv_rows: [],
  csv_bad_rows: 0,
  csv_skip_bad: false,
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

/** How many URLs the job will crawl at most, for the credit estimate. */
export function urlCountOf(v: NewJobValues): number {
  if (v.type === "single") return 1;
  if (v.type === "bulk") return new Set(splitLines(v.urls_text)).size;
  if (v.type === "csv") return v.csv_urls.length;
  return Number(v.max_urls) || 0;
}

/** The API body for these values (ZCreateJobSchema's input); a CSV becomes a bulk job. */
export function toJobInput(v: NewJobValues) {
  const options = {
    max_pages_per_site: v.max_pages,
    render: v.render,
    enrich: v.enrich,
    qualify: v.qualify,
  };
  if (v.type === "single") return { type: "single" as const, url: v.url, options };
  if (v.type === "bulk") return { type: "bulk" as const, urls: splitLines(v.urls_text), options };
  if (v.type === "csv") return { type: "bulk" as const, urls: v.csv_urls, options };
  return { type: "sitemap" as const, sitemap_url: v.sitemap_url, max_urls: v.max_urls, options };
}

const FIELD_OF: Record<string, NewJobField> = {
  url: "url",
  sitemap_url: "sitemap_url",
  max_urls: "max_urls",
  "options.max_pages_per_site": "max_pages",
  "options.render": "render",
  "options.enrich": "enrich",
  "options.qualify": "qualify",
};

/**
 * Server field errors keyed by API path → messages per form input. "urls.3" names its place in
 * the user's own terms: the pasted list's line, or the CSV file's row.
 */
export function formErrorsOf(
  fields: FieldErrors,
  v: Pick<NewJobValues, "type" | "csv_rows">,
): Partial<Record<NewJobField, string>> {
  const out: Partial<Record<NewJobField, string[]>> = {};
  const listField: NewJobField = v.type === "csv" ? "csv_file" : "urls_text";
  for (const [path, messages] of Object.entries(fields)) {
    const item = /^urls\.(\d+)$/.exec(path);
    const field = item || path === "urls" ? listField : FIELD_OF[path];
    if (!field) continue;
    let text = messages;
    if (item) {
      const i = Number(item[1]);
      const where = v.type === "csv" ? `Row ${v.csv_rows[i] ?? "?"}` : `Line ${i + 1}`;
      text = messages.map((m) => `${where}: ${m}`);
    }
    (out[field] ??= []).push(...text);
  }
  return Object.fromEntries(Object.entries(out).map(([k, m]) => [k, m.join(" ")]));
}
