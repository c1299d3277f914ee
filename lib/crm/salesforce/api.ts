import type { Connection } from "jsforce";
import type { CompanyRecord, ContactRecord, SyncRow } from "../adapter";
import { callSalesforce, salesforceMessage } from "./client";

// What both Salesforce push modes share: SOQL lookups by match key and sObject Collections
// writes (200 records a call, allOrNone false, results matched back by position), and the
// sync-log row of each record.

export const SALESFORCE_BATCH = 200;
/** Emails per lookup query: keeps the query URL far below Salesforce's 16 KB. */
export const EMAILS_PER_QUERY = 100;

export type SfApi = {
  query<T>(soql: string): Promise<T[]>;
  /** One collections call; a whole-call failure answers its message for every record. */
  save(
    method: "POST" | "PATCH",
    type: string,
    records: Record<string, unknown>[],
  ): Promise<{ id: string | null; error: string | null }[]>;
};

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A SOQL string literal (single quotes and backslashes escaped). */
export const soqlString = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/** Salesforce's Rating picklist is Hot / Warm / Cold; Leadscout's statuses are lowercase. */
export const salesforceRating = (v: string) => v.charAt(0).toUpperCase() + v.slice(1);

export function salesforceApi(conn: Connection): SfApi {
  return {
    async query<T>(soql: string) {
      const out: T[] = [];
      let page = await callSalesforce<{ records: T[]; nextRecordsUrl?: string }>(conn, {
        method: "GET",
        path: `query?q=${encodeURIComponent(soql)}`,
      });
      out.push(...page.records);
      while (page.nextRecordsUrl) {
        page = await callSalesforce(conn, { method: "GET", path: page.nextRecordsUrl });
        out.push(...page.records);
      }
      return out;
    },
    async save(method, type, records) {
      try {
        const results = await callSalesforce<
          { id?: string; success: boolean; errors: { statusCode: string; message: string }[] }[]
        >(conn, {
          method,
          path: "composite/sobjects",
          body: { allOrNone: false, records: records.map((r) => ({ attributes: { type }, ...r })) },
        });
        // Results come in the order of the records sent.
        return records.map((_, i) => {
          const r = results[i];
          if (r?.success) return { id: r.id ?? null, error: null };
          const errors = r?.errors ?? [];
          return {
            id: null,
            error: errors.length
              ? `Salesforce: ${errors.map((e) => `${e.message} (${e.statusCode})`).join("; ")}`
              : "Salesforce did not save the record",
          };
        });
      } catch (err) {
        const message = salesforceMessage(err);
        return records.map(() => ({ id: null, error: message }));
      }
    },
  };
}

export const row = (
  r: CompanyRecord | ContactRecord,
  outcome: SyncRow["outcome"],
  crmId: string | null,
  message: string | null,
): SyncRow => ({
  leadId: r.leadId,
  contactId: "contactId" in r ? r.contactId : null,
  objectType: "contactId" in r ? "contact" : "company",
  outcome,
  crmId,
  message,
});

/**
 * Ids of existing records by match key, the first (oldest) per key. A key whose query failed
 * maps to its error instead, so the caller fails it rather than create a duplicate.
 */
export async function findExisting(
  api: SfApi,
  keys: string[],
  perQuery: number,
  soql: (literals: string) => string,
  spellings: (key: string) => string[],
  keyOf: (rec: Record<string, unknown>) => string,
): Promise<Map<string, { id: string; rec: Record<string, unknown> } | { error: string }>> {
  const found = new Map<string, { id: string; rec: Record<string, unknown> } | { error: string }>();
  for (const part of chunks([...new Set(keys)], perQuery)) {
    try {
      const recs = await api.query<Record<string, unknown>>(
        soql(part.flatMap(spellings).map(soqlString).join(", ")),
      );
      for (const rec of recs) {
        const key = keyOf(rec);
        if (key && !found.has(key)) found.set(key, { id: String(rec.Id), rec });
      }
    } catch (err) {
      for (const key of part) found.set(key, { error: salesforceMessage(err) });
    }
  }
  return found;
}

type Matched = { c: ContactRecord; fields: Record<string, unknown> };

/** Updates the records found and creates the rest, one collections call per 200 of each. */
export async function writeMatched(
  api: SfApi,
  type: string,
  updates: (Matched & { id: string })[],
  creates: Matched[],
): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  for (const part of chunks(updates, SALESFORCE_BATCH)) {
    const results = await api.save(
      "PATCH",
      type,
      part.map((u) => ({ Id: u.id, ...u.fields })),
    );
    part.forEach((u, i) => {
      const { error } = results[i]!;
      rows.push(row(u.c, error ? "failed" : "updated", error ? null : u.id, error));
    });
  }
  for (const part of chunks(creates, SALESFORCE_BATCH)) {
    const results = await api.save(
      "POST",
      type,
      part.map((u) => u.fields),
    );
    part.forEach((u, i) => {
      const { id, error } = results[i]!;
      rows.push(row(u.c, error ? "failed" : "created", id, error));
    });
  }
  return rows;
}

/** Contact and Lead fields: Email is the match key; LastName is required by Salesforce. */
export function contactFields(c: ContactRecord): Record<string, string> {
  const fields: Record<string, string> = { ...c.properties, Email: c.email };
  if (!fields.LastName) {
    // A one-word name is a last name to Salesforce (LastName is required, FirstName is not).
    fields.LastName = fields.FirstName ?? c.email.split("@")[0]!;
    delete fields.FirstName;
  }
  return fields;
}
