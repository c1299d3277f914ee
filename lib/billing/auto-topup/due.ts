import { sql } from "kysely";
import type { Tx } from "@/lib/db";

/**
 * Whether the organization's auto top-up should be looked at now: on, not paused, and the
 * balance under its threshold. Cheap (two rows by primary key), so the job pipeline asks it in
 * the transaction that charged a URL and only then wakes the top-up function.
 */
export async function autoTopUpDue(tx: Tx, orgId: string): Promise<boolean> {
  const row = await tx
    .selectFrom("auto_topups as a")
    .innerJoin("credits as c", "c.org_id", "a.org_id")
    .select(sql<boolean>`c.balance < a.threshold`.as("due"))
    .where("a.org_id", "=", orgId)
    .where("a.enabled", "=", true)
    .where("a.paused_at", "is", null)
    .executeTakeFirst();
  return row?.due === true;
}

/** autoTopUpDue for the organization of a job (the pipeline knows the job). */
export async function autoTopUpDueForJob(tx: Tx, jobId: string): Promise<boolean> {
  const row = await tx
    .selectFrom("scraping_jobs as j")
    .innerJoin("auto_topups as a", "a.org_id", "j.org_id")
    .innerJoin("credits as c", "c.org_id", "j.org_id")
    .select(sql<boolean>`c.balance < a.threshold`.as("due"))
    .where("j.id", "=", jobId)
    .where("a.enabled", "=", true)
    .where("a.paused_at", "is", null)
    .executeTakeFirst();
  return row?.due === true;
}
