import { sql } from "kysely";
import { ZPersonSchema } from "@leadscout/mcp-scraper/schemas";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { itemsOf } from "@/lib/leads/lead-contacts";
import { contactsFromLead } from "./from-people";
import { upsertContacts } from "./upsert-contacts";

// Leads found before contacts were rows keep their people only in the lead's `people` column.
// `pnpm cli contacts backfill` turns them into contacts the way a job does today. It is safe to
// run again, and alongside running jobs: every contact is an upsert on its dedupe key.

export interface BackfillReport {
  /** Leads with people that were read. */
  leads: number;
  created: number;
  updated: number;
}

const BATCH = 200;

/** The organization with this slug, or a not_found error naming it. */
async function orgIdBySlug(slug: string): Promise<string> {
  const org = await asServiceRole((tx) =>
    tx.selectFrom("organizations").select("id").where("slug", "=", slug).executeTakeFirst(),
  );
  if (!org) throw new AppError("not_found", `No organization has the slug ${slug}`);
  return org.id;
}

/** Contacts from every stored lead's people (one organization's by slug, or every one's). */
export async function backfillContacts(opts: { org?: string } = {}): Promise<BackfillReport> {
  const orgId = opts.org === undefined ? undefined : await orgIdBySlug(opts.org);
  const report: BackfillReport = { leads: 0, created: 0, updated: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    // One transaction per batch: a long backfill holds no lock for long and resumes where it was.
    const last = await asServiceRole(async (tx) => {
      const leads = await tx
        .selectFrom("scraped_leads")
        .select(["id", "org_id", "domain", "people"])
        .where("id", ">", after)
        .where("domain", "is not", null)
        .where(sql<boolean>`jsonb_array_length(people) > 0`)
        .$if(orgId !== undefined, (q) => q.where("org_id", "=", orgId!))
        .orderBy("id")
        .limit(BATCH)
        .execute();
      for (const lead of leads) {
        const drafts = contactsFromLead({
          domain: lead.domain!,
          people: itemsOf(ZPersonSchema, lead.people),
        });
        const saved = await upsertContacts(tx, lead.org_id, lead.id, null, drafts);
        report.leads += 1;
        report.created += saved.created;
        report.updated += saved.updated;
      }
      return leads.at(-1)?.id;
    });
    if (!last) return report;
    after = last;
  }
}
