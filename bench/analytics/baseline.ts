// What the per-day lead charts cost without migration 0027: the same figures counted from the
// leads themselves (as lib/analytics did before the lead_daily_counts rollup), run as the member.
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

/** The charts whose 0027 query reads the rollup, and their statement without it. */
export const BASELINE_QUERIES: Partial<Record<AnalyticsChart, Run>> = {
  "leads-per-day": perDay,
  "leads-by-stage": byStage,
  "stage-conversion": byStage,
};
