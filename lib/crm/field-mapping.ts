import { z } from "zod";

// Which HubSpot property each Leadscout field is written to. Defaults below; an organization's
// overrides live in crm_connections.field_mapping (an empty name means "do not send"). Standard
// HubSpot properties where one exists (name, domain, website, phone, linkedin_company_page;
// email, firstname, lastname, jobtitle, phone); the rest are the `leadscout_*` custom properties
// a push creates in HubSpot when missing (hubspot/properties.ts).

export const COMPANY_FIELDS = [
  "name",
  "domain",
  "website",
  "phone",
  "score",
  "status",
  "stage",
  "source_url",
  "linkedin_url",
  "leadscout_url",
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

export const CONTACT_FIELDS = [
  "firstname",
  "lastname",
  "title",
  "phone",
  "linkedin_url",
  "source_url",
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const DEFAULT_COMPANY_MAPPING: Record<CompanyField, string> = {
  name: "name",
  domain: "domain",
  website: "website",
  phone: "phone",
  score: "leadscout_score",
  status: "leadscout_status",
  stage: "leadscout_stage",
  source_url: "leadscout_source_url",
  linkedin_url: "linkedin_company_page",
  leadscout_url: "leadscout_url",
};

export const DEFAULT_CONTACT_MAPPING: Record<ContactField, string> = {
  firstname: "firstname",
  lastname: "lastname",
  title: "jobtitle",
  phone: "phone",
  linkedin_url: "leadscout_linkedin_url",
  source_url: "leadscout_source_url",
};

/** A HubSpot property's internal name: lowercase letters, digits and underscores. */
const ZPropertyName = z
  .string()
  .max(100, "At most 100 characters")
  .regex(/^([a-z][a-z0-9_]*)?$/, "A HubSpot internal name: lowercase letters, digits, underscores");

/** Stored shape: `company.<field>` / `contact.<field>` → property name. */
export const ZFieldMappingSchema = z.partialRecord(
  z.enum([
    ...COMPANY_FIELDS.map((f) => `company.${f}` as const),
    ...CONTACT_FIELDS.map((f) => `contact.${f}` as const),
  ]),
  ZPropertyName,
);
export type FieldMapping = z.infer<typeof ZFieldMappingSchema>;

/** The settings form's shape: every field with the property it goes to ("" = not sent). */
export const ZFieldMappingFormSchema = z.object({
  company: z.object(
    Object.fromEntries(COMPANY_FIELDS.map((f) => [f, ZPropertyName])) as Record<
      CompanyField,
      typeof ZPropertyName
    >,
  ),
  contact: z.object(
    Object.fromEntries(CONTACT_FIELDS.map((f) => [f, ZPropertyName])) as Record<
      ContactField,
      typeof ZPropertyName
    >,
  ),
});
export type FieldMappingForm = z.infer<typeof ZFieldMappingFormSchema>;

/** What is stored: only the fields that differ from the defaults. */
export function overridesOf(form: FieldMappingForm): FieldMapping {
  const out: Record<string, string> = {};
  for (const f of COMPANY_FIELDS)
    if (form.company[f] !== DEFAULT_COMPANY_MAPPING[f]) out[`company.${f}`] = form.company[f];
  for (const f of CONTACT_FIELDS)
    if (form.contact[f] !== DEFAULT_CONTACT_MAPPING[f]) out[`contact.${f}`] = form.contact[f];
  return out as FieldMapping;
}

export interface ResolvedMapping {
  company: Record<CompanyField, string>;
  contact: Record<ContactField, string>;
}

/** Defaults with the organization's overrides on top; unknown or invalid keys are ignored. */
export function resolveMapping(stored: unknown): ResolvedMapping {
  const parsed = ZFieldMappingSchema.safeParse(stored);
  const overrides: FieldMapping = parsed.success ? parsed.data : {};
  const company = { ...DEFAULT_COMPANY_MAPPING };
  const contact = { ...DEFAULT_CONTACT_MAPPING };
  for (const [key, value] of Object.entries(overrides)) {
    const [kind, field] = key.split(".") as ["company" | "contact", string];
    if (kind === "company") company[field as CompanyField] = value ?? "";
    else contact[field as ContactField] = value ?? "";
  }
  return { company, contact };
}

/** Properties to send: mapped names only, empty values left out (HubSpot keeps what it has). */
export function mapProperties<F extends string>(
  mapping: Record<F, string>,
  values: Partial<Record<F, string | number | null | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, property] of Object.entries(mapping) as [F, string][]) {
    const value = values[field];
    if (!property || value === null || value === undefined || value === "") continue;
    out[property] = String(value);
  }
  return out;
}

/** "Ada King Lovelace" → first "Ada", last "King Lovelace" (HubSpot keeps the two apart). */
export function splitName(name: string): { firstname: string; lastname: string | null } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { firstname: parts[0]!, lastname: null };
  return { firstname: parts[0]!, lastname: parts.slice(1).join(" ") };
}
