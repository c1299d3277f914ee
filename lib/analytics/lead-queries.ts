import { sql } from "kysely";
import { withUser, type JwtClaims } from "@/lib/db";
import { LEAD_STAGES } from "@/lib/leads/lead-query-schemas";
import { conversionFrom, type StageReach } from "./funnel";
import { planSourceCount } from "./source-segments";
import type { DateRange, LeadsPerDay, SourceCount, StageConversion, StageCount } from "./schemas";

// The lead charts, one statement each, run as the member (RLS scopes every row to their
// organizations, and org_id narrows to the current one). Days are UTC days. Each reads a rollup
// that triggers on scraped_leads keep in step with every write: counts per day, status and stage
// (lead_daily_counts, migration 0027), per month and domain and per day and stage reached
// (lead_source_monthly_counts and lead_stage_reach_counts, migration 0030).

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

/**
 * Conversion between pipeline stages from the leads' history (see funnel.ts): for each stage of the
 * forward path, the leads that first reached it on a day of the range, and how many of them have
 * reached the next stage since. Reads lead_stage_reach_counts (migration 0030): a few rows a day.
 */
export async function stageConversion(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
): Promise<StageConversion[]> {
  const { rows } = await withUser(claims, (tx) =>
    sql<StageReach>`
      select stage, sum(reached)::int as reached, sum(went_on)::int as advanced
      from public.lead_stage_reach_counts
      where org_id = ${orgId} and day between ${range.from}::date and ${range.to}::date
      group by stage`.execute(tx),
  );
  return conversionFrom(rows);
}

/**
 * Where the range's leads came from: the ten domains with the most leads. Whole months come from
 * lead_source_monthly_counts, the partial months at the range's ends from the leads (through
 * 0027's covering index), added or subtracted as source-segments.ts plans; each part is grouped
 * before the parts are summed, so the final grouping sees a row per source per part.
 */
export async function topSources(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
  limit = 10,
  today = new Date().toISOString().slice(0, 10),
): Promise<SourceCount[]> {
  const plan = planSourceCount(range, today);
  const parts = [
    ...(plan.months.length
      ? [
          sql`select source, leads::bigint as n from public.lead_source_monthly_counts
              where org_id = ${orgId}
                and month in (${sql.join(plan.months.map((m) => sql`${m}::date`))})`,
        ]
      : []),
    ...plan.spans.map(
      (s) =>
        sql`select coalesce(domain, '(no domain)') as source, ${s.sign}::int * count(*) as n
            from public.scraped_leads
            where org_id = ${orgId} and created_at >= ${s.start} and created_at < ${s.end}
            group by 1`,
    ),
  ];
  if (parts.length === 0) return [];
  const { rows } = await withUser(claims, (tx) =>
    sql<SourceCount>`
      select source, sum(n)::int as leads
      from (${sql.join(parts, sql` union all `)}) as parts
      group by source
      having sum(n) > 0
      order by 2 desc, source collate "C"
      limit ${limit}`.execute(tx),
  );
  return rows;
}
