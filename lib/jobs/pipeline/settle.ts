import { sql } from "kysely";
import { autoTopUpDueForJob } from "@/lib/billing";
import { asServiceRole, type JobStatus, type Tx } from "@/lib/db";
import type { UrlOutcome } from "./scrape-step";

/** One idempotent charge: `key` is unique in the ledger, so a replay charges nothing again. */
export interface Charge {
  amount: number;
  key: string;
  description: string;
}

export interface Settlement {
  outcome: UrlOutcome;
  error?: string;
  /** A lead was saved from this URL. */
  lead: boolean;
  /** That lead was new to the job (counts in the job's leads_found). */
  newLead: boolean;
  /** What the URL's work costs; free work (rules scoring) is left out. */
  charges: Charge[];
}

export interface Settled {
  /** false when the URL had settled already (a replay) or its job was cancelled. */
  changed: boolean;
  /** Set when this was the job's last URL: the status the job ended with. */
  finished?: Extract<JobStatus, "completed" | "failed">;
  /** Credits charged for the URL (on a replay: what was charged the first time). */
  credits: number;
  /** The charge left the balance under the organization's auto top-up threshold. */
  topUpDue?: true;
}

/**
 * Charges the URL's work, records its outcome and bumps the job's counters, all in one statement
 * (public.settle_job_url) inside the caller's transaction, only while the URL is still open. The
 * URL that settles last also ends the job (completed when any URL succeeded, failed when none did)
 * and gives back the unused hold.
 */
export async function settleInTx(
  tx: Tx,
  jobId: string,
  jobUrlId: string,
  s: Settlement,
): Promise<Settled> {
  const charges = s.charges.filter((c) => c.amount > 0);
  const { rows } = await sql<{ changed: boolean; finished: string | null; credits: number }>`
    select * from public.settle_job_url(${jobId}::uuid, ${jobUrlId}::uuid, ${s.outcome},
      ${s.error ?? null}, ${s.lead}, ${s.newLead}, ${JSON.stringify(charges)}::jsonb)`.execute(tx);
  const row = rows[0]!;
  const topUpDue = row.changed && row.credits > 0 && (await autoTopUpDueForJob(tx, jobId));
  return {
    changed: row.changed,
    credits: row.credits,
    ...(row.finished ? { finished: row.finished as Settled["finished"] } : {}),
    ...(topUpDue ? { topUpDue } : {}),
  };
}

/**
 * The locks a transaction that saves a lead and charges its job takes first, in this order: the
 * job row (the lead's foreign key would take a key-share lock on it and the charge then an update
 * lock; two transactions doing that in turn deadlock on Postgres), then the lead's dedupe key (two
 * jobs finding the same company at once would otherwise both see it missing, and one lead would
 * forget the other job's source). One statement; on PGlite, which runs one transaction at a time,
 * the locks are free.
 */
export async function lockJobAndLead(
  tx: Tx,
  jobId: string,
  orgId: string,
  dedupeKey: string,
): Promise<void> {
  await sql`with job as (
      select id from public.scraping_jobs where id = ${jobId}::uuid for update
    )
    select pg_advisory_xact_lock(hashtextextended(${`lead:${orgId}:${dedupeKey}`}, 0)) from job`.execute(
    tx,
  );
}

/** settleInTx in a transaction of its own (URLs that yielded no lead). */
export function settleUrl(jobId: string, jobUrlId: string, s: Settlement): Promise<Settled> {
  return asServiceRole((tx) => settleInTx(tx, jobId, jobUrlId, s));
}

/**
 * How the job ended, if it has (completed or failed; a cancelled job is announced by cancelJob).
 * A URL step that finds its URL settled already is a replay, and the run that settled it may have
 * stopped before it announced the job's end: the replay announces it again. Announcing twice is
 * harmless, since webhook deliveries are keyed by (event, endpoint).
 */
export async function jobEndedAs(jobId: string): Promise<Settled["finished"]> {
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("scraping_jobs")
      .select("status")
      .where("id", "=", jobId)
      .where("status", "in", ["completed", "failed"])
      .executeTakeFirst(),
  );
  return row?.status as Settled["finished"];
}
