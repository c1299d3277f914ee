import type { CompanyRecord, ContactRecord, CrmAdapter, SyncRow } from "../adapter";
import {
  chunks,
  contactFields,
  EMAILS_PER_QUERY,
  findExisting,
  row,
  SALESFORCE_BATCH,
  salesforceApi,
  salesforceRating,
  writeMatched,
  type SfApi,
} from "./api";
import { salesforceConnection } from "./client";
import { pushLeadMode } from "./lead-mode";

// Salesforce's side of a push, "Account + Contact" mode (Lead mode: lead-mode.ts):
// - Accounts are matched by website: Salesforce has no unique domain field, so each batch of
//   domains is one SOQL query over the usual spellings of the site (acme.com, www.acme.com,
//   http(s)://…, with or without a trailing slash), the oldest Account per domain winning; those
//   found are updated and the rest created, 200 records per sObject Collections call
//   (allOrNone false: one refused record does not stop the others). Website is written
//   normalized (https://domain), so the next push finds what this one made.
// - Contacts are matched by Email the same way (one query per 100 emails), then updated or
//   created with AccountId = their company's Account; an existing Contact keeps the Account it
//   has (a rep may have moved it), one without gets this one.
// Calls at full batches: 10 lookups + 1 write per 200 Accounts, 2 lookups + 1 write per 200
// Contacts — about 0.03 calls per record with two contacts per company.

/** Domains per lookup query (10 spellings each): keeps the query URL well below 16 KB. */
const DOMAINS_PER_QUERY = 20;

/** The spellings of a site a rep may have typed into Account.Website. */
export const websiteVariants = (domain: string) =>
  ["", "www."].flatMap((w) => [
    `${w}${domain}`,
    ...["http://", "https://"].flatMap((p) => [`${p}${w}${domain}`, `${p}${w}${domain}/`]),
  ]);

/** "https://www.Acme.com/" → "acme.com" (what websiteVariants spelled). */
const domainOfWebsite = (website: unknown) =>
  typeof website === "string"
    ? website
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/^www\./, "")
        .replace(/\/$/, "")
    : "";

export const salesforceAdapter: CrmAdapter = {
  async push(session, records) {
    const api = salesforceApi(salesforceConnection(session));
    if (session.objectMode === "lead") return pushLeadMode(api, records);
    const rows: SyncRow[] = [];
    const accountByLead = new Map<string, string>();
    rows.push(...(await pushAccounts(api, records.companies, accountByLead)));
    rows.push(...(await pushContacts(api, records.contacts, accountByLead)));
    return rows;
  },
};

async function pushAccounts(
  api: SfApi,
  companies: CompanyRecord[],
  accountByLead: Map<string, string>,
): Promise<SyncRow[]> {
  const existing = await findExisting(
    api,
    companies.map((c) => c.domain),
    DOMAINS_PER_QUERY,
    (list) => `SELECT Id, Website FROM Account WHERE Website IN (${list}) ORDER BY CreatedDate, Id`,
    websiteVariants,
    (rec) => domainOfWebsite(rec.Website),
  );
  const fields = (c: CompanyRecord) => ({
    ...c.properties,
    ...(c.properties.Rating ? { Rating: salesforceRating(c.properties.Rating) } : {}),
    Website: `https://${c.domain}`,
  });
  const rows: SyncRow[] = [];
  const updates: { c: CompanyRecord; id: string }[] = [];
  const creates = new Map<string, CompanyRecord[]>();
  for (const c of companies) {
    const hit = existing.get(c.domain);
    if (hit && "error" in hit) rows.push(row(c, "failed", null, hit.error));
    else if (hit) updates.push({ c, id: hit.id });
    // Two leads of one push on one domain make one Account, not two.
    else creates.set(c.domain, [...(creates.get(c.domain) ?? []), c]);
  }
  for (const part of chunks(updates, SALESFORCE_BATCH)) {
    const results = await api.save(
      "PATCH",
      "Account",
      part.map(({ c, id }) => ({ Id: id, ...fields(c) })),
    );
    part.forEach(({ c, id }, i) => {
      const { error } = results[i]!;
      if (!error) accountByLead.set(c.leadId, id);
      rows.push(row(c, error ? "failed" : "updated", error ? null : id, error));
    });
  }
  for (const part of chunks([...creates.values()], SALESFORCE_BATCH)) {
    const results = await api.save(
      "POST",
      "Account",
      part.map((same) => fields(same[0]!)),
    );
    part.forEach((same, i) => {
      const { id, error } = results[i]!;
      same.forEach((c, k) => {
        if (id) accountByLead.set(c.leadId, id);
        rows.push(row(c, error ? "failed" : k === 0 ? "created" : "updated", id, error));
      });
    });
  }
  return rows;
}

async function pushContacts(
  api: SfApi,
  contacts: ContactRecord[],
  accountByLead: Map<string, string>,
): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  const linked = contacts.filter((c) => {
    if (accountByLead.has(c.leadId)) return true;
    rows.push(row(c, "skipped", null, "Its company's Account was not saved in Salesforce"));
    return false;
  });
  const existing = await findExisting(
    api,
    linked.map((c) => c.email),
    EMAILS_PER_QUERY,
    (list) =>
      `SELECT Id, Email, AccountId FROM Contact WHERE Email IN (${list}) ORDER BY CreatedDate, Id`,
    (email) => [email],
    (rec) => String(rec.Email ?? "").toLowerCase(),
  );
  const updates: { c: ContactRecord; id: string; fields: Record<string, unknown> }[] = [];
  const creates: { c: ContactRecord; fields: Record<string, unknown> }[] = [];
  for (const c of linked) {
    const hit = existing.get(c.email);
    const fields = contactFields(c);
    if (hit && "error" in hit) rows.push(row(c, "failed", null, hit.error));
    else if (hit)
      updates.push({
        c,
        id: hit.id,
        fields: hit.rec.AccountId ? fields : { ...fields, AccountId: accountByLead.get(c.leadId) },
      });
    else creates.push({ c, fields: { ...fields, AccountId: accountByLead.get(c.leadId) } });
  }
  rows.push(...(await writeMatched(api, "Contact", updates, creates)));
  return rows;
}
