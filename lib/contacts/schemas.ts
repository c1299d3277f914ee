import { z } from "zod";

// Client-safe: the contacts list's query and a contact's public shape, shared by the Contacts
// page, GET /api/v1/contacts and the OpenAPI document. Strict: an unknown parameter is an error.

export const CONTACT_SORTS = ["-created_at", "created_at", "name", "-name"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

const flag = z
  .enum(["true", "false"], { error: 'Use "true" or "false"' })
  .transform((v) => v === "true");

export const ZContactFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200, "At most 200 characters")
    .refine((s) => !s.includes("\u0000"), "Must not contain NUL characters")
    .optional()
    .describe("Search names, titles, emails and company domains"),
  job_id: z
    .uuid({ error: "Must be a job id (UUID)" })
    .optional()
    .describe("Only contacts the given job found"),
  lead_id: z
    .uuid({ error: "Must be a lead id (UUID)" })
    .optional()
    .describe("Only the contacts of this company lead"),
  has_email: flag.optional().describe("Only contacts with (true) or without (false) an email"),
});
export type ContactFilters = z.output<typeof ZContactFiltersSchema>;

export const ZListContactsQuerySchema = ZContactFiltersSchema.extend({
  sort: z
    .enum(CONTACT_SORTS, { error: `One of: ${CONTACT_SORTS.join(", ")}` })
    .default("-created_at")
    .describe("Newest first by default; name sorts A→Z (name) or Z→A (-name)"),
  limit: z.coerce
    .number({ error: "Must be a number" })
    .int()
    .min(1)
    .max(100)
    .default(50)
    .describe("Page size, 1..100"),
  cursor: z.string().max(1000).optional().describe("next_cursor from the previous page"),
}).strict();
export type ListContactsQuery = z.output<typeof ZListContactsQuerySchema>;

export const ZContactSchema = z
  .object({
    id: z.uuid(),
    lead_id: z.uuid().describe("The company lead the person was found on"),
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable().describe("A personal address; generic inboxes stay on the lead"),
    phone: z.string().nullable().describe("E.164"),
    linkedin_url: z.string().nullable(),
    source_url: z.string().nullable().describe("The page the person was found on"),
    company: z.string().nullable().describe("The lead's company name"),
    domain: z.string(),
    first_job_id: z.uuid().nullable().describe("The job that first found the person"),
    job_id: z.uuid().nullable().describe("The latest job that found the person"),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: "Contact" });
export type Contact = z.output<typeof ZContactSchema>;

export const ZDeleteContactsSchema = z.object({
  ids: z
    .array(z.uuid({ error: "Must be a contact id (UUID)" }))
    .min(1, "Select at least one contact")
    .max(500, "At most 500 contacts at once"),
});
