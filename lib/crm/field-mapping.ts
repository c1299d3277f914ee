import { z } from "zod";
import type { CrmProvider } from "./schemas";

// Which CRM property (HubSpot) or field (Salesforce) each Leadscout field is written to. Defaults
// below, per CRM; an organization's overrides live in crm_connections.field_mapping (an empty
// name means "do not send"). HubSpot: standard properties where one exists (name, domain,
// website, phone, linkedin_company_page; email, firstname, lastname, jobtitle, phone), the rest
// the `leadscout_*` custom properties a push creates in HubSpot when missing
// (hubspot/properties.ts). Salesforce: standard fields only (Name, Phone, Rating; FirstName,
// LastName, Title, Phone), and what has no standard field goes to Description, one labelled line
// each — so a push works on a fresh org with no custom field. Several fields mapped to one property are written that way, as labelled lines.

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

/** Salesforce: the account's Website is the match key, always sent (normalized) by the adapter. */
export const SALESFORCE_COMPANY_MAPPING: Record<CompanyField, string> = {
  name: "Name",
  domain: "",
  website: "",
  phone: "Phone",
  score: "Description",
  status: "Rating",
  stage: "Description",
  source_url: "Description",
  linkedin_url: "Description",
  leadscout_url: "Description",
};

export const SALESFORCE_CONTACT_MAPPING: Record<ContactField, string> = {
  firstname: "FirstName",
  lastname: "LastName",
  title: "Title",
  phone: "Phone",
  linkedin_url: "Description",
  source_url: "Description",
};

export const DEFAULT_MAPPINGS: Record<
  CrmProvider,
  { company: Record<CompanyField, string>; contact: Record<ContactField, string> }
> = {
  hubspot: { company: DEFAULT_COMPANY_MAPPING, contact: DEFAULT_CONTACT_MAPPING },
  salesforce: { company: SALESFORCE_COMPANY_MAPPING, contact: SALESFORCE_CONTACT_MAPPING },
};

/** How a field is labelled when it shares a property (Salesforce's Description) with others. */
export const FIELD_LINE_LABELS: Record<CompanyField | ContactField, string> = {
  name: "Company",
  domain: "Domain",
  website: "Website",
  phone: "Phone",
  score: "Leadscout score",
  status: "Status",
  stage: "Stage",
  source_url: "Found on",
  linkedin_url: "LinkedIn",
  leadscout_url: "In Leadscout",
  firstname: "First name",
  lastname: "Last name",
  title: "Title",
};

const PROPERTY_NAMES: Record<CrmProvider, { pattern: RegExp; message: string }> = {
  hubspot: {
    pattern: /^([a-z][a-z0-9_]*)?$/,
    message: "A HubSpot internal name: lowercase letters, digits, underscores",
  },
  salesforce: {
    pattern: /^([A-Za-z][A-Za-z0-9_]*)?$/,
    message: "A Salesforce field API name: letters, digits, underscores (custom ones end __c)",
  },
};

/** A property's internal name (HubSpot) or field's API name (Salesforce). */
const propertyName = (provider: CrmProvider) =>
  z
    .string()
    .max(100, "At most 100 characters")
    .regex(PROPERTY_NAMES[provider].pattern, PROPERTY_NAMES[provider].message);

const FIELD_KEYS = [
  ...COMPANY_FIELDS.map((f) => `company.${f}` as const),
  ...CONTACT_FIELDS.map((f) => `contact.${f}` as const),
] as const;

/** Stored shape: `company.<field>` / `contact.<field>` → property name. */
export const ZFieldMappingSchema = z.partialRecord(
  z.enum(FIELD_KEYS),
  z
    .string()
    .max(100)
    .regex(/^([A-Za-z][A-Za-z0-9_]*)?$/),
);
export type FieldMapping = z.infer<typeof ZFieldMappingSchema>;

/** The settings form's shape: every field with the property it goes to ("" = not sent). */
export function fieldMappingFormSchema(provider: CrmProvider) {
  const name = propertyName(provider);
  return z.object({
    company: z.object(
      Object.fromEntries(COMPANY_FIELDS.map((f) => [f, name])) as Record<CompanyField, typeof name>,
    ),
    contact: z.object(
      Object.fromEntries(CONTACT_FIELDS.map((f) => [f, name])) as Record<ContactField, typeof name>,
    ),
  });
}
export const ZFieldMappingFormSchema = fieldMappingFormSchema("hubspot");
export type FieldMappingForm = z.infer<typeof ZFieldMappingFormSchema>;

/** What is stored: only the fields that differ from the defaults. */
export function overridesOf(
  form: FieldMappingForm,
  provider: CrmProvider = "hubspot",
): FieldMapping {
  const defaults = DEFAULT_MAPPINGS[provider];
  const out: Record<string, string> = {};
  for (const f of COMPANY_FIELDS)
    if (form.company[f] !== defaults.company[f]) out[`company.${f}`] = form.company[f];
  for (const f of CONTACT_FIELDS)
    if (form.contact[f] !== defaults.contact[f]) out[`contact.${f}`] = form.contact[f];
  return out as FieldMapping;
}

export interface ResolvedMapping {
  company: Record<CompanyField, string>;
  contact: Record<ContactField, string>;
}

/** Defaults with the organization's overrides on top; unknown or invalid keys are ignored. */
export function resolveMapping(
  stored: unknown,
  provider: CrmProvider = "hubspot",
): ResolvedMapping {
  const parsed = ZFieldMappingSchema.safeParse(stored);
  const overrides: FieldMapping = parsed.success ? parsed.data : {};
  const company = { ...DEFAULT_MAPPINGS[provider].company };
  const contact = { ...DEFAULT_MAPPINGS[provider].contact };
  for (const [key, value] of Object.entries(overrides)) {
    const [kind, field] = key.split(".") as ["company" | "contact", string];
    if (kind === "company") company[field as CompanyField] = value ?? "";
    else contact[field as ContactField] = value ?? "";
  }
  return { company, contact };
}

/**
 * Properties to send: mapped names only, empty values left out (the CRM keeps what it has). A
 * property several fields are mapped to gets one "Label: value" line per field that has a value.
 */
export function mapProperties<F extends CompanyField | ContactField>(
  mapping: Record<F, string>,
  values: Partial<Record<F, string | number | null | undefined>>,
): Record<string, string> {
  const shared = new Map<string, number>();
  for (const property of Object.values<string>(mapping))
    if (property) shared.set(property, (shared.get(property) ?? 0) + 1);
  const out: Record<string, string> = {};
  for (const [field, property] of Object.entries(mapping) as [F, string][]) {
    const value = values[field];
    if (!property || value === null || value === undefined || value === "") continue;
    if ((shared.get(property) ?? 0) < 2) out[property] = String(value);
    else {
      const line = `${FIELD_LINE_LABELS[field]}: ${String(value)}`;
      out[property] = out[property] ? `${out[property]}\n${line}` : line;
    }
  }
  return out;
}

/** "Ada King Lovelace" → first "Ada", last "King Lovelace" (the CRMs keep the two apart). */
export function splitName(name: string): { firstname: string; lastname: string | null } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { firstname: parts[0]!, lastname: null };
  return { firstname: parts[0]!, lastname: parts.slice(1).join(" ") };
}
