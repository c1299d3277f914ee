import { sql } from "kysely";
import { withUser, type JwtClaims } from "@/lib/db";
import { rangeBounds } from "./range";
import type { CreditsPerDay, DateRange, JobsPerDay } from "./schemas";

// Credits and jobs over the range, one statement each, run as the member (RLS), UTC days, a row
// for every day (zeros included).

/**
 * Credits used each day: the ledger's charges (work that succeeded) less refunds. Holds and their
 * releases are not usage, and neither are clawbacks (credits taken back, not spent). The kinds
 * are literals in the statement so the partial index of migration 0027 matches it.
 */
export async function creditsPerDay(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
): Promise<CreditsPerDay[]> {
  const { start, end } = rangeBounds(range);
  const { rows } = await withUser(claims, (tx) =>
    sql<CreditsPerDay>`
      with used as (
        select (created_at at time zone 'UTC')::date as day, sum(-amount) as used
        from public.credit_transactions
        where org_id = ${orgId} and kind in ('charge', 'refund')
          and created_at >= ${start} and created_at < ${end}
        group by 1
      )
      select to_char(d, 'YYYY-MM-DD') as day, coalesce(u.used, 0)::int as used
      from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') as d
      left join used u on u.day = d::date
      order by d`.execute(tx),
  );
  return rows;
}

/** Jobs created each day by how they stand: completed, failed, cancelled, still running. */
export async function jobsPerDay(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
): Promise<JobsPerDay[]> {
  const { start, end } = rangeBounds(range);
  const { rows } = await withUser(claims, (tx) =>
    sql<JobsPerDay>`
      with counts as (
        select (created_at at time zone 'UTC')::date as day,
               count(*) filter (where status = 'completed') as completed,
               count(*) filter (where status = 'failed') as failed,
               count(*) filter (where status = 'cancelled') as cancelled,
               count(*) filter (where status in ('pending', 'processing')) as running
        from public.scraping_jobs
        where org_id = ${orgId} and created_at >= ${start} and created_at < ${end}
        group by 1
      )
      select to_char(d, 'YYYY-MM-DD') as day,
             coalesce(c.completed, 0)::int as completed, coalesce(c.failed, 0)::int as failed,
             coalesce(c.cancelled, 0)::int as cancelled, coalesce(c.running, 0)::int as running
      from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') as d
      left join counts c on c.day = d::date
      order by d`.execute(tx),
  );
  return rows;
}
