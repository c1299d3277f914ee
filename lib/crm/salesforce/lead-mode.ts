import type { CompanyRecord, ContactRecord, SyncRow } from "../adapter";
import {
  contactFields,
  EMAILS_PER_QUERY,
  findExisting,
  row,
  salesforceRating,
  writeMatched,
  type SfApi,
} from "./api";

// Salesforce's "Lead" mode: each person found becomes a Salesforce Lead, their company in the
// Lead's Company field (with its website, rating and description), matched by Email among the
// Leads not yet converted — so a second push updates them, and a Lead a rep converted is left
// alone (the next push makes a new Lead for that email only if the person is pushed again).
// A company with no person with an email sends nothing, and says so in the sync log.

const NO_PERSON =
  "No person with an email: in Lead mode each person becomes a Salesforce Lead, matched by email";

export async function pushLeadMode(
  api: SfApi,
  records: { companies: CompanyRecord[]; contacts: ContactRecord[] },
): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  const companyByLead = new Map(records.companies.map((c) => [c.leadId, c]));
  const withPeople = new Set(records.contacts.map((c) => c.leadId));
  for (const c of records.companies)
    if (!withPeople.has(c.leadId)) rows.push(row(c, "skipped", null, NO_PERSON));
  const people = records.contacts.filter((c) => {
    if (companyByLead.has(c.leadId)) return true;
    rows.push(row(c, "skipped", null, "Its company has no domain, so no Company to give the Lead"));
    return false;
  });
  const existing = await findExisting(
    api,
    people.map((c) => c.email),
    EMAILS_PER_QUERY,
    (list) =>
      `SELECT Id, Email FROM Lead WHERE Email IN (${list}) AND IsConverted = false ORDER BY CreatedDate, Id`,
    (email) => [email],
    (rec) => String(rec.Email ?? "").toLowerCase(),
  );
  const updates: { c: ContactRecord; id: string; fields: Record<string, unknown> }[] = [];
  const creates: { c: ContactRecord; fields: Record<string, unknown> }[] = [];
  for (const c of people) {
    const fields = leadFields(companyByLead.get(c.leadId)!, c);
    const hit = existing.get(c.email);
    if (hit && "error" in hit) rows.push(row(c, "failed", null, hit.error));
    else if (hit) updates.push({ c, id: hit.id, fields });
    else creates.push({ c, fields });
  }
  rows.push(...(await writeMatched(api, "Lead", updates, creates)));
  return rows;
}

/**
 * The person's fields over their company's (a custom field mapped for companies is sent too, so
 * it must exist on Lead), with Company (required) from the company's name, Website normalized,
 * Rating as the picklist spells it, and both descriptions together.
 */
function leadFields(company: CompanyRecord, person: ContactRecord): Record<string, string> {
  const { Name, Description: companyLines, ...companyFields } = company.properties;
  const fields: Record<string, string> = {
    ...companyFields,
    Company: Name || company.domain,
    Website: `https://${company.domain}`,
    ...(companyFields.Rating ? { Rating: salesforceRating(companyFields.Rating) } : {}),
    ...contactFields(person),
  };
  const description = [companyLines, person.properties.Description].filter(Boolean).join("\n");
  if (description) fields.Description = description;
  return fields;
}
