import type { Client } from "@hubspot/api-client";
import { FilterOperatorEnum } from "@hubspot/api-client/lib/codegen/crm/companies";
import type { CompanyRecord, ContactRecord, CrmAdapter, SyncRow } from "../adapter";
import type { CrmSession } from "../connection";
import { log } from "@leadscout/log";
import { callHubSpot, hubspotMessage } from "./client";
import { ensureHubSpotProperties } from "./properties";

// HubSpot's side of a push, in batches of 100 (HubSpot's limit for batch endpoints):
// - companies: HubSpot has no upsert by domain (domain is not a unique property), so each batch
//   of domains is one search (`domain IN (…)`), then one batch update for those found (the oldest
//   company per domain, as HubSpot's own dedupe picks) and one batch create for the rest;
// - contacts: batch upsert with idProperty=email (email is unique in HubSpot), one call;
// - associations: the v4 default contact→company association, one call per 100 pairs
//   (associating a pair twice is a no-op in HubSpot).
// Before the first batch, `prepare` creates the custom properties the mapping needs
// (properties.ts). About 0.03 calls per record at full batches. A batch HubSpot refuses as a whole fails its
// records with HubSpot's message; a 207 fails only the records it names.

export const HUBSPOT_BATCH = 100;

type StandardError = { message?: string; context?: Record<string, string[]> };
type BatchAnswer<T> = { results?: T[]; errors?: StandardError[] };
type HsObject = { id: string; properties: Record<string, string | null> };

function chunks<T>(items: T[], size = HUBSPOT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The message HubSpot gave for the record keyed `key` in a 207, if any. */
function errorFor(errors: StandardError[] | undefined, key: string): string | null {
  const hit = errors?.find((e) => Object.values(e.context ?? {}).some((ids) => ids.includes(key)));
  return hit ? `HubSpot: ${hit.message ?? "rejected"}` : null;
}

export const hubspotAdapter: CrmAdapter = {
  async prepare(session, mapping) {
    const created = await ensureHubSpotProperties(
      // A token refreshed here is the one the push goes on with.
      (fn) =>
        callHubSpot(session.accessToken, fn, {
          refresh: async () => (session.accessToken = await session.refresh()),
        }),
      mapping,
    );
    if (created.length) log.info("crm.hubspot_properties_created", { properties: created });
  },

  async push(session, { companies, contacts }) {
    let token = session.accessToken;
    // A refreshed token carries over to the calls after it, not just the one that got the 401.
    const refresh = async () => (token = await session.refresh());
    const call = <T>(fn: (c: Client) => Promise<T>) => callHubSpot(token, fn, { refresh });

    const rows: SyncRow[] = [];
    const companyIdByLead = new Map<string, string>();
    for (const batch of chunks(companies))
      rows.push(...(await pushCompanies(call, batch, companyIdByLead)));

    const contactIds = new Map<string, string>();
    for (const batch of chunks(contacts))
      rows.push(...(await pushContacts(call, batch, contactIds)));
    // An association is new when either side is; between two records that already existed it is
    // confirmed (HubSpot keeps one association per pair), and logged as an update.
    const createdIds = new Set(
      rows
        .filter((r) => r.outcome === "created" && r.crmId)
        .map((r) => `${r.objectType}:${r.crmId}`),
    );

    const pairs = contacts.flatMap((c) => {
      const from = contactIds.get(c.contactId);
      const to = companyIdByLead.get(c.leadId);
      return from && to ? [{ contact: c, from, to }] : [];
    });
    for (const batch of chunks(pairs)) {
      let answer: BatchAnswer<unknown> | null = null;
      let failure: string | null = null;
      try {
        answer = (await call((c) =>
          c.crm.associations.v4.batchApi.createDefault("contacts", "companies", {
            inputs: batch.map((p) => ({ _from: { id: p.from }, to: { id: p.to } })),
          }),
        )) as BatchAnswer<unknown>;
      } catch (err) {
        failure = hubspotMessage(err);
      }
      for (const p of batch) {
        const message = failure ?? errorFor(answer?.errors, p.from);
        rows.push({
          leadId: p.contact.leadId,
          contactId: p.contact.contactId,
          objectType: "association",
          outcome: message
            ? "failed"
            : createdIds.has(`contact:${p.from}`) || createdIds.has(`company:${p.to}`)
              ? "created"
              : "updated",
          crmId: `${p.from}>${p.to}`,
          message,
        });
      }
    }
    return rows;
  },
};

type Call = <T>(fn: (c: Client) => Promise<T>) => Promise<T>;

async function pushCompanies(
  call: Call,
  batch: CompanyRecord[],
  companyIdByLead: Map<string, string>,
): Promise<SyncRow[]> {
  const failAll = (message: string): SyncRow[] =>
    batch.map((r) => ({
      leadId: r.leadId,
      contactId: null,
      objectType: "company",
      outcome: "failed",
      crmId: null,
      message,
    }));
  const existing = new Map<string, string>();
  try {
    const domains = [...new Set(batch.map((r) => r.domain))];
    let after: string | undefined;
    do {
      const page = await call((c) =>
        c.crm.companies.searchApi.doSearch({
          filterGroups: [
            {
              filters: [
                { propertyName: "domain", operator: FilterOperatorEnum.In, values: domains },
              ],
            },
          ],
          properties: ["domain"],
          sorts: ["hs_object_id"],
          limit: 200,
          ...(after ? { after } : {}),
        }),
      );
      for (const obj of page.results) {
        const domain = obj.properties.domain?.toLowerCase();
        if (domain && !existing.has(domain)) existing.set(domain, obj.id);
      }
      after = page.paging?.next?.after;
    } while (after);
  } catch (err) {
    return failAll(hubspotMessage(err));
  }

  const rows: SyncRow[] = [];
  const toUpdate = batch.filter((r) => existing.has(r.domain));
  const toCreate = batch.filter((r) => !existing.has(r.domain));
  if (toUpdate.length) {
    try {
      const answer = (await call((c) =>
        c.crm.companies.batchApi.update({
          inputs: toUpdate.map((r) => ({ id: existing.get(r.domain)!, properties: r.properties })),
        }),
      )) as BatchAnswer<HsObject>;
      for (const r of toUpdate) {
        const id = existing.get(r.domain)!;
        const message = errorFor(answer.errors, id);
        if (!message) companyIdByLead.set(r.leadId, id);
        rows.push(companyRow(r, message ? "failed" : "updated", id, message));
      }
    } catch (err) {
      rows.push(...toUpdate.map((r) => companyRow(r, "failed", null, hubspotMessage(err))));
    }
  }
  if (toCreate.length) {
    // Two leads of one push on one domain make one company, not two.
    const firstByDomain = new Map<string, CompanyRecord>();
    for (const r of toCreate) if (!firstByDomain.has(r.domain)) firstByDomain.set(r.domain, r);
    try {
      const answer = (await call((c) =>
        c.crm.companies.batchApi.create({
          inputs: [...firstByDomain.values()].map((r) => ({
            properties: r.properties,
            associations: [],
          })),
        }),
      )) as BatchAnswer<HsObject>;
      // Batch results come in no promised order: match them back by domain.
      const created = new Map<string, string>();
      for (const obj of answer.results ?? []) {
        const domain = obj.properties.domain?.toLowerCase();
        if (domain) created.set(domain, obj.id);
      }
      for (const r of toCreate) {
        const id = created.get(r.domain) ?? null;
        if (id) companyIdByLead.set(r.leadId, id);
        const first = firstByDomain.get(r.domain) === r;
        rows.push(
          id
            ? companyRow(r, first ? "created" : "updated", id, null)
            : companyRow(
                r,
                "failed",
                null,
                errorFor(answer.errors, r.domain) ?? "HubSpot did not create the company",
              ),
        );
      }
    } catch (err) {
      rows.push(...toCreate.map((r) => companyRow(r, "failed", null, hubspotMessage(err))));
    }
  }
  return rows;
}

const companyRow = (
  r: CompanyRecord,
  outcome: SyncRow["outcome"],
  crmId: string | null,
  message: string | null,
): SyncRow => ({
  leadId: r.leadId,
  contactId: null,
  objectType: "company",
  outcome,
  crmId,
  message,
});

async function pushContacts(
  call: Call,
  batch: ContactRecord[],
  contactIds: Map<string, string>,
): Promise<SyncRow[]> {
  const row = (
    r: ContactRecord,
    outcome: SyncRow["outcome"],
    crmId: string | null,
    message: string | null,
  ): SyncRow => ({
    leadId: r.leadId,
    contactId: r.contactId,
    objectType: "contact",
    outcome,
    crmId,
    message,
  });
  try {
    const answer = (await call((c) =>
      c.crm.contacts.batchApi.upsert({
        inputs: batch.map((r) => ({
          id: r.email,
          idProperty: "email",
          properties: { ...r.properties, email: r.email },
        })),
      }),
    )) as BatchAnswer<HsObject & { _new?: boolean; new?: boolean }>;
    const byEmail = new Map<string, HsObject & { _new?: boolean; new?: boolean }>();
    for (const obj of answer.results ?? []) {
      const email = obj.properties.email?.toLowerCase();
      if (email) byEmail.set(email, obj);
    }
    return batch.map((r) => {
      const obj = byEmail.get(r.email);
      if (!obj)
        return row(
          r,
          "failed",
          null,
          errorFor(answer.errors, r.email) ?? "HubSpot did not save the contact",
        );
      contactIds.set(r.contactId, obj.id);
      return row(r, (obj._new ?? obj.new) ? "created" : "updated", obj.id, null);
    });
  } catch (err) {
    return batch.map((r) => row(r, "failed", null, hubspotMessage(err)));
  }
}

export type { CrmSession };
