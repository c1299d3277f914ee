import { z } from "zod";

// Client-safe: what a CSV import may map, its limits and its report. The mapping screen, the
// dashboard route, the REST endpoint and the OpenAPI document all read these.

/** The lead fields a CSV column can be mapped to, in the order the mapping screen lists them. */
export const IMPORT_FIELDS = [
  "company",
  "website",
  "domain",
  "email",
  "phone",
  "name",
  "title",
  "linkedin_url",
  "address",
  "stage",
  "notes",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  company: "Company name",
  website: "Website",
  domain: "Domain",
  email: "Email",
  phone: "Phone",
  name: "Contact name",
  title: "Contact title",
  linkedin_url: "LinkedIn URL",
  address: "Address",
  stage: "Stage",
  notes: "Notes",
};

/** The largest file an import reads (checked on the server as the bytes arrive). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The most data rows one import takes (the header not counted). */
export const MAX_IMPORT_ROWS = 100_000;
/** Row errors listed in a refusal; the count says how many there were in all. */
export const MAX_REPORTED_ERRORS = 100;

/** Lead field → the header of the column that fills it (unmapped fields are left out). */
const ZHeaderSchema = z
  .string()
  .trim()
  .min(1, "Name the column's header")
  .max(200, "A header is at most 200 characters");
export const ZImportMappingSchema = z.partialRecord(
  z.enum(IMPORT_FIELDS, { error: `Map one of: ${IMPORT_FIELDS.join(", ")}` }),
  ZHeaderSchema,
);
export type ImportMapping = z.infer<typeof ZImportMappingSchema>;

/**
 * Header spellings that suggest each field, compared after lowercasing and dropping everything but
 * letters and digits ("E-mail address" → "emailaddress"). Checked in IMPORT_FIELDS order, and a
 * column fills at most one field.
 */
const GUESSES: Record<ImportField, readonly string[]> = {
  company: ["company", "companyname", "organization", "organisation", "account", "accountname"],
  website: ["website", "url", "websiteurl", "site", "homepage", "web"],
  domain: ["domain", "companydomain", "domainname"],
  email: ["email", "emailaddress", "mail", "workemail", "contactemail"],
  phone: ["phone", "phonenumber", "telephone", "tel", "mobile", "workphone"],
  name: ["name", "contactname", "fullname", "contact", "person"],
  title: ["title", "jobtitle", "position", "role"],
  linkedin_url: ["linkedin", "linkedinurl", "linkedinprofile", "linkedinpage"],
  address: ["address", "location", "streetaddress", "hq"],
  stage: ["stage", "pipelinestage", "leadstage", "status"],
  notes: ["notes", "note", "comments", "comment", "description"],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A first mapping from the file's header row: what the screen proposes and the API defaults to. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    const header = headers.find((h) => !taken.has(h) && GUESSES[field].includes(squash(h)));
    if (header !== undefined) {
      mapping[field] = header;
      taken.add(header);
    }
  }
  return mapping;
}

/** One refused cell (or row): the row number counts the header as row 1, like a spreadsheet. */
export interface ImportRowError {
  row: number;
  /** The lead field, or "row" for a problem with the whole row. */
  field: ImportField | "row";
  /** The column's header, when the problem is one cell's. */
  column: string | null;
  message: string;
}

/** What an import did. Nothing is written unless every row is valid. */
export const ZImportReportSchema = z.object({
  rows: z.number().int().describe("Data rows read (blank rows not counted)"),
  created: z.number().int().describe("Leads this import created"),
  skipped_existing: z
    .number()
    .int()
    .describe(
      "Rows whose domain (or email) the organization already had a lead for: skipped, the lead left as it was",
    ),
  duplicates_in_file: z
    .number()
    .int()
    .describe("Rows repeating the domain of an earlier row of the file (their contact is kept)"),
  contacts_created: z.number().int().describe("Contacts created from the rows' contact columns"),
  blank_rows: z.number().int().describe("Rows with no value at all (skipped)"),
});
export type ImportReport = z.infer<typeof ZImportReportSchema>;

/** POST /api/v1/leads/import's query: the mapping, one parameter per lead field. */
export const ZImportQuerySchema = z.strictObject(
  Object.fromEntries(
    IMPORT_FIELDS.map((field) => [
      field,
      ZHeaderSchema.optional().describe(
        `The header of the column holding the ${IMPORT_FIELD_LABELS[field].toLowerCase()}`,
      ),
    ]),
  ) as Record<ImportField, z.ZodOptional<typeof ZHeaderSchema>>,
);

/** The 422's details when rows are invalid. */
export interface ImportRefusal {
  errors: ImportRowError[];
  error_count: number;
  rows: number;
}
