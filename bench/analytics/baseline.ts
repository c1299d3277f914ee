// The bench's two baselines, run as the member like lib/analytics:
// - NO_ROLLUP: what each chart costs counted from the leads themselves (0027's indexes dropped,
//   no rollup read), conversion between stages included (the same definition as lib/analytics,
//   from the leads' first-reached times).
// - WITH_0027: lib/analytics as it stood with migration 0027 only: top sources from the leads
//   through its covering index, conversion derived from current stages (the old definition).
// A chart missing from a map is measured with lib/analytics itself.
import { sql } from "kysely";
import type { AnalyticsChart, DateRange } from "@/lib/analytics";
import { rangeBounds } from "@/lib/analytics";
import { withUser, type JwtClaims } from "@/lib/db";

type Run = (claims: JwtClaims, orgId: string, range: DateRange) => Promise<unknown[]>;

const perDay: Run = async (claims, orgId, range) => {
  const { start, end } = rangeBounds(range);
  const { rows } = await withUser(claims, (tx) =>
    sql`
      with counts as (
        select (created_at at time zone 'UTC')::date as day, count(*) as total,
               count(*) filter (where status = 'hot') as hot,
               count(*) filter (where status = 'warm') as warm,
               count(*) filter (where status = 'cold') as cold,
               count(*) filter (where status is null) as unscored
        from public.scraped_leads
        where org_id = ${orgId} and created_at >= ${start} and created_at < ${end}
        group by 1
      )
      select to_char(d, 'YYYY-MM-DD') as day, coalesce(c.total, 0)::int as total,
             coalesce(c.hot, 0)::int as hot, coalesce(c.warm, 0)::int as warm,
             coalesce(c.cold, 0)::int as cold, coalesce(c.unscored, 0)::int as unscored
      from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') as d
      left join counts c on c.day = d::date
      order by d`.execute(tx),
  );
  return rows;
};

const byStage: Run = async (claims, orgId, range) => {
  const { start, end } = rangeBounds(range);
  const { rows } = await withUser(claims, (tx) =>
    sql`
      select stage, count(*)::int as leads from public.scraped_leads
      where org_id = ${orgId} and created_at >= ${start} and created_at < ${end}
      group by stage`.execute(tx),
  );
  return rows;
};

/** The 0030 definition without its rollup: every lead of the organization, by first reach. */
const conversionFromLeads: Run = async (claims, orgId, range) => {
  const { start, end } = rangeBounds(range);
  const { rows } = await withUser(claims, (tx) =>
    sql`
      select s.stage, count(*)::int as reached,
             (count(*) filter (where s.next_at >= s.at))::int as advanced
      from public.scraped_leads n
      cross join lateral (values ('new', n.created_at, n.first_contacted_at),
        ('contacted', n.first_contacted_at, n.first_qualified_at),
        ('qualified', n.first_qualified_at, n.first_proposal_at),
        ('proposal', n.first_proposal_at, n.first_won_at),
        ('won', n.first_won_at, null)) as s (stage, at, next_at)
      where n.org_id = ${orgId} and s.at >= ${start} and s.at < ${end}
      group by 1`.execute(tx),
  );
  return rows;
};

/** Top sources as 0027 counted them: every lead of the range, by domain. */
const sourcesFromLeads: Run = async (claims, orgId, range) => {
  const { start, end } = rangeBounds(range);
  const { rows } = await withUser(claims, (tx) =>
    sql`
      select coalesce(domain, '(no domain)') as source, count(*)::int as leads
      from public.scraped_leads
      where org_id = ${orgId} and created_at >= ${start} and created_at < ${end}
      group by 1
      order by 2 desc, coalesce(domain, '(no domain)') collate "C"
      limit 10`.execute(tx),
  );
  return rows;
};

/** Conversion as 0027 derived it: current stages from lead_daily_counts. */
const conversionFromCurrentStages: Run = async (claims, orgId, range) => {
  const { rows } = await withUser(claims, (tx) =>
    sql`
      select stage, sum(leads)::int as leads from public.lead_daily_counts
      where org_id = ${orgId} and day between ${range.from}::date and ${range.to}::date
      group by stage`.execute(tx),
  );
  return rows;
};

export const NO_ROLLUP: Partial<Record<AnalyticsChart, Run>> = {
  "leads-per-day": perDay,
  "leads-by-stage": byStage,
  "stage-conversion": conversionFromLeads,
  "top-sources": sourcesFromLeads,
};

export const WITH_0027: Partial<Record<AnalyticsChart, Run>> = {
  "stage-conversion": conversionFromCurrentStages,
  "top-sources": sourcesFromLeads,
};
