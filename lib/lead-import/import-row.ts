import { z } from "zod";
import { normalizedName, personalEmail } from "@/lib/contacts";
import { ZLeadStageSchema, oneLine } from "@/lib/leads";
import type { ImportField, ImportRowError } from "./schemas";

/** One valid row, ready to insert. */
export interface ImportDraft {
  dedupeKey: string;
  domain: string;
  website: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  name: string | null;
  title: string | null;
  linkedinUrl: string | null;
  address: string | null;
  stage: z.infer<typeof ZLeadStageSchema>;
  notes: string | null;
}

// A cell is stored as the text it is: one starting with = + - @ is never evaluated here, and every
// export defuses it again (lib/csv). Empty cells are absent values.
const text = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} is at most ${max} characters`)
    .refine((v) => !v.includes("\u0000"), "Must not contain NUL characters");

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

/** "https://www.Acme.com/about" or "acme.com" → "acme.com"; null when it is not a public host. */
export function domainOf(value: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  return HOST.test(host) ? host : null;
}

const ZRowSchema = z
  .object({
    company: text(300, "A company name").optional(),
    website: text(2000, "A website").optional(),
    domain: text(253, "A domain").optional(),
    email: z
      .email("Must be an email address")
      .max(320, "An email is at most 320 characters")
      .optional(),
    phone: text(40, "A phone number")
      .refine(
        (v) => (v.match(/\d/g) ?? []).length >= 5,
        "Must be a phone number (5 digits or more)",
      )
      .optional(),
    name: text(300, "A contact name").optional(),
    title: text(300, "A title").optional(),
    linkedin_url: text(500, "A LinkedIn URL")
      .refine(
        (v) => /^(https?:\/\/)?([a-z0-9-]+\.)*linkedin\.com(\/|$)/i.test(v),
        "Must be a linkedin.com URL",
      )
      .optional(),
    address: text(500, "An address").optional(),
    stage: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(
        z.enum(ZLeadStageSchema.options, {
          error: `One of: ${ZLeadStageSchema.options.join(", ")}`,
        }),
      )
      .optional(),
    notes: text(10_000, "Notes").optional(),
  })
  .superRefine((row, ctx) => {
    if (row.website !== undefined && !domainOf(row.website))
      ctx.addIssue({ code: "custom", path: ["website"], message: "Must be a website address" });
    if (row.domain !== undefined && !domainOf(row.domain))
      ctx.addIssue({ code: "custom", path: ["domain"], message: "Must be a domain (acme.com)" });
    if (row.website === undefined && row.domain === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["domain"],
        message: "Every row needs a website or a domain",
      });
  });

export type RawRow = Partial<Record<ImportField, string>>;

/** A row's cells validated into a draft, or every problem it has (the header being row 1). */
export function validateRow(
  row: number,
  cells: RawRow,
  columnOf: (field: ImportField) => string | null,
): { ok: true; draft: ImportDraft } | { ok: false; errors: ImportRowError[] } {
  const parsed = ZRowSchema.safeParse(cells);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const field = (issue.path[0] as ImportField | undefined) ?? "domain";
        return { row, field, column: columnOf(field), message: issue.message };
      }),
    };
  }
  const v = parsed.data;
  // Checked above: at least one of them is a host.
  const domain = (v.domain !== undefined ? domainOf(v.domain) : domainOf(v.website!))!;
  const website = v.website
    ? /^https?:\/\//i.test(v.website)
      ? v.website
      : `https://${v.website}`
    : `https://${domain}`;
  const email = v.email?.toLowerCase() ?? null;
  const company = oneLine(v.company);
  return {
    ok: true,
    draft: {
      // The schema's dedupe key, as scraped leads build it: the email, else domain | company.
      dedupeKey: (email ?? `${domain}|${(company ?? domain).toLowerCase()}`).slice(0, 600),
      domain,
      website,
      company,
      email,
      phone: oneLine(v.phone),
      name: oneLine(v.name),
      title: oneLine(v.title),
      linkedinUrl: v.linkedin_url
        ? /^https?:\/\//i.test(v.linkedin_url)
          ? v.linkedin_url
          : `https://${v.linkedin_url}`
        : null,
      address: oneLine(v.address),
      stage: v.stage ?? "new",
      notes: v.notes ?? null,
    },
  };
}

/** The row's contact (a named person), keyed as lib/contacts keys people. */
export function contactKeyOf(draft: ImportDraft): string | null {
  if (!draft.name) return null;
  const email = personalEmail(draft.email ?? undefined);
  const name = normalizedName(draft.name);
  return (email ? `email:${email}` : `name:${draft.domain}|${name}`).slice(0, 700);
}
