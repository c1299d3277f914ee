import { z } from "zod";

// Client-safe: what a form asks, what an admin sends to make one, and what a prospect may send.
// The Forms page, the server actions, the public endpoint and the hosted page share these.

/** The fields a form can ask, in the order the hosted page shows them. */
export const INBOUND_FIELDS = [
  "name",
  "email",
  "company",
  "website",
  "phone",
  "message",
  "file",
] as const;
export type InboundField = (typeof INBOUND_FIELDS)[number];

export const FIELD_LABELS: Record<InboundField, string> = {
  name: "Your name",
  email: "Work email",
  company: "Company",
  website: "Website",
  phone: "Phone",
  message: "Message",
  file: "Attachment (PDF, DOCX, PNG or JPG, up to 10 MB)",
};

/** File types a prospect may attach, as proven by their content (lib/inbound/file-type.ts). */
export const INBOUND_FILE_TYPES = ["pdf", "docx", "png", "jpg"] as const;
export type InboundFileType = (typeof INBOUND_FILE_TYPES)[number];
export const MAX_INBOUND_FILE_BYTES = 10 * 1024 * 1024;

/** The hidden field a person never sees (the hosted page hides it); bots fill it in. */
export const HONEYPOT_FIELD = "website_url";
/** The hidden field carrying the signed time the page was served (lib/inbound/form-token.ts). */
export const TOKEN_FIELD = "_t";

const ZFieldsSchema = z
  .array(
    z.enum(INBOUND_FIELDS, { error: `Each field must be one of ${INBOUND_FIELDS.join(", ")}` }),
  )
  .transform((f) => INBOUND_FIELDS.filter((x) => x === "email" || f.includes(x)))
  .describe("Fields the form asks; the email is always asked");

const ZRecipientsSchema = z
  .array(z.email({ error: "Must be an email address" }).trim().toLowerCase())
  .max(20, "At most 20 recipients")
  .transform((r) => [...new Set(r)])
  .describe("Members of the organization told of each submission");

export const ZCreateFormSchema = z.strictObject({
  name: z.string().trim().min(1, "Give the form a name").max(200, "At most 200 characters"),
  fields: ZFieldsSchema.default(["name", "email", "company", "message"]),
  recipients: ZRecipientsSchema.default([]),
});
export type CreateFormInput = z.input<typeof ZCreateFormSchema>;

export const ZUpdateFormSchema = z.strictObject({
  id: z.uuid({ error: "Must be a form id" }),
  name: z.string().trim().min(1, "Give the form a name").max(200, "At most 200 characters"),
  fields: ZFieldsSchema,
  recipients: ZRecipientsSchema,
  enabled: z.boolean(),
});
export type UpdateFormInput = z.input<typeof ZUpdateFormSchema>;

export const ZFormIdSchema = z.strictObject({ id: z.uuid({ error: "Must be a form id" }) });

export const ZSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,62}$/);

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `At most ${max} characters`)
    .refine(
      (s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s),
      "Must not hold control characters",
    );

/** The prospect's answers (files travel apart); only the form's own fields are kept. */
export const ZSubmissionSchema = z.object({
  name: text(200, "The name").optional(),
  email: z
    .string({ error: "Give your email address" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Must be an email address" }).max(320, "At most 320 characters")),
  company: text(200, "The company").optional(),
  website: text(500, "The website")
    .refine((s) => !s || /^(https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(\/.*)?$/i.test(s), {
      message: "Must be a website address, like example.com",
    })
    .optional(),
  phone: text(40, "The phone")
    .refine((s) => !s || /^[+()\d\s.-]{5,40}$/.test(s), "Must be a phone number")
    .optional(),
  message: text(5000, "The message").optional(),
});
export type Submission = z.output<typeof ZSubmissionSchema>;

export interface InboundForm {
  id: string;
  org_id: string;
  name: string;
  slug: string;
  fields: InboundField[];
  recipients: string[];
  enabled: boolean;
  created_at: string;
  updated_at: string;
}

/** A submission as the Forms page lists it, with a fresh signed link to its attachment. */
export interface SubmissionView {
  id: string;
  form_id: string;
  form_name: string;
  lead_id: string | null;
  data: Record<string, unknown>;
  file: { name: string; type: string; size: number; url: string } | null;
  created_at: string;
}
