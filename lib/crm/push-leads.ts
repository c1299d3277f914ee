import { log } from "@leadscout/log";
import { asServiceRole, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { CompanyRecord, ContactRecord, SyncRow } from "./adapter";
import { crmSessionFor } from "./connection";
import { mapProperties, resolveMapping, splitName, type ResolvedMapping } from "./field-mapping";
import { CRMS } from "./providers";
import { CRM_PROVIDER_LABELS, type CrmProvider } from "./schemas";

// Runs one push (the Inngest function crm/push calls it): the push's leads — the ids it names,
// or every lead of its job — in slices of SLICE leads, each slice's companies and contacts
// mapped to CRM properties and handed to the provider's adapter, each record's outcome written to
// the sync log, the push's counts summed. Running a push twice re-sends the same records: the
// CRM side upserts (no duplicates), the log gains a second set of rows.

/** Leads per slice: bounded memory for a 10,000-lead job, full 100- or 200-record batches. */
const SLICE = 1000;

const noEmail = (crm: string) =>
  `No email address: ${crm} matches people by email, so without one each push would add a duplicate`;
const noDomain = (crm: string) => `No domain: ${crm} companies are matched by domain`;

export interface PushOutcome {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

const bareDomain = (domain: string | null) =>
  domain
    ? domain
        .trim()
        .toLowerCase()
        .replace(/^www\./, "")
    : "";

export async function runPush(pushId: string): Promise<PushOutcome> {
  const push = await asServiceRole((tx) =>
    tx
      .updateTable("crm_pushes")
      .set({ status: "running" })
      .where("id", "=", pushId)
      .returning(["org_id", "provider", "job_id", "lead_ids"])
      .executeTakeFirst(),
  );
  const totals: PushOutcome = { created: 0, updated: 0, skipped: 0, failed: 0 };
  if (!push) return totals;
  const { org_id: orgId, provider } = push;
  try {
    const session = await crmSessionFor(orgId, provider);
    const mapping = resolveMapping(session.fieldMapping, provider);
    await CRMS[provider].adapter.prepare?.(session, mapping);
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const slice = await loadSlice(orgId, push.job_id, push.lead_ids, after);
      if (!slice.leads.length) break;
      after = slice.leads[slice.leads.length - 1]!.id;
      const { companies, contacts, skipped } = toRecords(slice, mapping, provider);
      const rows = [
        ...skipped,
        ...(await CRMS[provider].adapter.push(session, { companies, contacts })),
      ];
      await writeLog(orgId, pushId, provider, rows);
      for (const row of rows) totals[row.outcome] += 1;
      if (slice.leads.length < SLICE) break;
    }
    await finish(pushId, "succeeded", totals, null);
  } catch (err) {
    // Whole-push failures (not connected, refresh refused): the message, never a token.
    const message = err instanceof Error ? err.message : String(err);
    log.warn("crm.push_failed", { pushId, orgId, provider, error: message });
    await finish(pushId, "failed", totals, message.slice(0, 2000));
  }
  return totals;
}

async function finish(
  pushId: string,
  status: "succeeded" | "failed",
  t: PushOutcome,
  error: string | null,
) {
  await asServiceRole((tx) =>
    tx
      .updateTable("crm_pushes")
      .set({
        status,
        error,
        created_count: t.created,
        updated_count: t.updated,
        skipped_count: t.skipped,
        failed_count: t.failed,
        finished_at: new Date(),
      })
      .where("id", "=", pushId)
      .execute(),
  );
}

type Slice = Awaited<ReturnType<typeof loadSlice>>;

async function loadSlice(orgId: string, jobId: string | null, leadIds: string[], after: string) {
  return asServiceRole(async (tx: Tx) => {
    let query = tx
      .selectFrom("scraped_leads")
      .select([
        "id",
        "company",
        "name",
        "domain",
        "website",
        "phone",
        "score",
        "status",
        "stage",
        "source_url",
        "linkedin_url",
      ])
      .where("org_id", "=", orgId)
      .where("id", ">", after)
      .orderBy("id")
      .limit(SLICE);
    query = leadIds.length ? query.where("id", "in", leadIds) : query.where("job_id", "=", jobId);
    const leads = await query.execute();
    const contacts = leads.length
      ? await tx
          .selectFrom("contacts")
          .select([
            "id",
            "lead_id",
            "name",
            "title",
            "email",
            "phone",
            "linkedin_url",
            "source_url",
          ])
          .where("org_id", "=", orgId)
          .where(
            "lead_id",
            "in",
            leads.map((l) => l.id),
          )
          .orderBy("id")
          .execute()
      : [];
    return { leads, contacts };
  });
}

function toRecords(slice: Slice, mapping: ResolvedMapping, provider: CrmProvider) {
  const crm = CRM_PROVIDER_LABELS[provider];
  const appUrl = env().APP_URL.replace(/\/+$/, "");
  const companies: CompanyRecord[] = [];
  const contacts: ContactRecord[] = [];
  const skipped: SyncRow[] = [];
  for (const lead of slice.leads) {
    const domain = bareDomain(lead.domain);
    if (!domain) {
      skipped.push({
        leadId: lead.id,
        contactId: null,
        objectType: "company",
        outcome: "skipped",
        crmId: null,
        message: noDomain(crm),
      });
      continue;
    }
    companies.push({
      leadId: lead.id,
      domain,
      properties: mapProperties(mapping.company, {
        name: lead.company ?? lead.name ?? domain,
        domain,
        website: lead.website,
        phone: lead.phone,
        score: lead.score,
        status: lead.status,
        stage: lead.stage,
        source_url: lead.source_url,
        linkedin_url: lead.linkedin_url,
        leadscout_url: `${appUrl}/leads/${lead.id}`,
      }),
    });
  }
  for (const c of slice.contacts) {
    if (!c.email) {
      skipped.push({
        leadId: c.lead_id,
        contactId: c.id,
        objectType: "contact",
        outcome: "skipped",
        crmId: null,
        message: noEmail(crm),
      });
      continue;
    }
    const { firstname, lastname } = splitName(c.name);
    contacts.push({
      contactId: c.id,
      leadId: c.lead_id,
      email: c.email.toLowerCase(),
      properties: mapProperties(mapping.contact, {
        firstname,
        lastname,
        title: c.title,
        phone: c.phone,
        linkedin_url: c.linkedin_url,
        source_url: c.source_url,
      }),
    });
  }
  return { companies, contacts, skipped };
}

async function writeLog(orgId: string, pushId: string, provider: CrmProvider, rows: SyncRow[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    const part = rows.slice(i, i + 1000);
    await asServiceRole((tx) =>
      tx
        .insertInto("crm_sync_log")
        .values(
          part.map((r) => ({
            org_id: orgId,
            push_id: pushId,
            provider,
            lead_id: r.leadId,
            contact_id: r.contactId,
            object_type: r.objectType,
            outcome: r.outcome,
            crm_id: r.crmId,
            message: r.message?.slice(0, 2000) ?? null,
          })),
        )
        .execute(),
    );
  }
}
