import { sql } from "kysely";
import { withUser, type JwtClaims } from "@/lib/db";
import { LEAD_STAGES } from "@/lib/leads/lead-query-schemas";
import { conversionOf, reachedFromCurrentStages } from "./funnel";
import { rangeBounds } from "./range";
import type { DateRange, LeadsPerDay, SourceCount, StageConversion, StageCount } from "./schemas";

// The lead charts, one statement each, run as the member (RLS scopes every row to their
// organizations, and org_id narrows to the current one). Days are UTC days. Counts per day, status
// and stage come from lead_daily_counts, which triggers on scraped_leads keep in step with every
// write (migration 0027): a few rows a day however many leads there are. Top sources reads the
// leads themselves through 0027's covering index (an index-only scan of the range).

/** Leads found each day of the range, split by score status; days without leads are zeros. */
export async function leadsPerDay(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
): Promise<LeadsPerDay[]> {
  const { rows } = await withUser(claims, (tx) =>
    sql<LeadsPerDay>`
      with counts as (
        select day,
               sum(leads) as total,
               sum(leads) filter (where status = 'hot') as hot,
               sum(leads) filter (where status = 'warm') as warm,
               sum(leads) filter (where status = 'cold') as cold,
               sum(leads) filter (where status = 'unscored') as unscored
        from public.lead_daily_counts
        where org_id = ${orgId} and day between ${range.from}::date and ${range.to}::date
        group by day
      )
      select to_char(d, 'YYYY-MM-DD') as day,
             coalesce(c.total, 0)::int as total, coalesce(c.hot, 0)::int as hot,
             coalesce(c.warm, 0)::int as warm, coalesce(c.cold, 0)::int as cold,
             coalesce(c.unscored, 0)::int as unscored
      from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') as d
      left join counts c on c.day = d::date
      order by d`.execute(tx),
  );
  return rows;
}

/** Leads found in the range by the stage they are at now, every stage listed (zeros included). */
export async function leadsByStage(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
): Promise<StageCount[]> {
  const { rows } = await withUser(claims, (tx) =>
    sql<StageCount>`
      select stage, sum(leads)::int as leads
      from public.lead_daily_counts
      where org_id = ${orgId} and day between ${range.from}::date and ${range.to}::date
      group by stage`.execute(tx),
  );
  const at = new Map(rows.map((r) => [r.stage, r.leads]));
  return LEAD_STAGES.map((stage) => ({ stage, leads: at.get(stage) ?? 0 }));
}

/** Conversion between pipeline stages for the leads found in the range (see funnel.ts). */
export async function stageConversion(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
): Promise<StageConversion[]> {
  return conversionOf(reachedFromCurrentStages(await leadsByStage(claims, orgId, range)));
}

/** Where the range's leads came from: the ten domains with the most leads. */
export async function topSources(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
  limit = 10,
): Promise<SourceCount[]> {
  const { start, end } = rangeBounds(range);
  const { rows } = await withUser(claims, (tx) =>
    sql<SourceCount>`
      select coalesce(domain, '(no domain)') as source, count(*)::int as leads
      from public.scraped_leads
      where org_id = ${orgId} and created_at >= ${start} and created_at < ${end}
      group by 1
      order by 2 desc, coalesce(domain, '(no domain)') collate "C"
      limit ${limit}`.execute(tx),
  );
  return rows;
}
