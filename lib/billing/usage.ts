import { sql } from "kysely";
import { withUser, type JwtClaims } from "@/lib/db";

// Credits used per day this period, for the Billing page's chart, straight from the ledger: the
// `charge` rows (work that succeeded). Holds and their releases are not usage, and neither are
// clawbacks (credits taken back, not spent).

export interface DailyUsage {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  used: number;
}

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const startOfDay = (d: Date) => new Date(`${dayOf(d)}T00:00:00.000Z`);

/**
 * The first day of "this period": the current allowance month (it renews monthly, also on yearly
 * plans), else the Stripe billing period, else the last 30 days; never more than 31 days back.
 */
export function periodStart(
  sub: { allowance_renews_at: Date | null; current_period_start: Date | null },
  now: Date,
): Date {
  let start: Date | null = null;
  if (sub.allowance_renews_at) {
    start = new Date(sub.allowance_renews_at);
    start.setUTCMonth(start.getUTCMonth() - 1);
  } else if (sub.current_period_start) start = sub.current_period_start;
  const floor = new Date(now.getTime() - 31 * DAY_MS);
  if (!start || start > now || start < floor) start = new Date(now.getTime() - 30 * DAY_MS);
  return startOfDay(start);
}

/** Every day from `from` to `to` (UTC), each with the credits used that day (0 when none). */
export function fillDays(rows: DailyUsage[], from: Date, to: Date): DailyUsage[] {
  const used = new Map(rows.map((r) => [r.day, r.used]));
  const out: DailyUsage[] = [];
  for (let d = startOfDay(from); d <= to; d = new Date(d.getTime() + DAY_MS))
    out.push({ day: dayOf(d), used: used.get(dayOf(d)) ?? 0 });
  return out;
}

/** Any member may read it (RLS on subscriptions and credit_transactions). */
export async function creditsUsedPerDay(
  claims: JwtClaims,
  orgId: string,
  now: Date = new Date(),
): Promise<{ from: string; to: string; days: DailyUsage[] }> {
  return withUser(claims, async (tx) => {
    const sub = await tx
      .selectFrom("subscriptions")
      .select(["allowance_renews_at", "current_period_start"])
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    const from = periodStart(sub ?? { allowance_renews_at: null, current_period_start: null }, now);
    const day = sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')`;
    const rows = await tx
      .selectFrom("credit_transactions")
      .select([day.as("day"), sql<string>`sum(-amount)`.as("used")])
      .where("org_id", "=", orgId)
      .where("kind", "=", "charge")
      .where("created_at", ">=", from)
      .where("created_at", "<=", now)
      .groupBy(day)
      .execute();
    const days = fillDays(
      rows.map((r) => ({ day: r.day, used: Number(r.used) })),
      from,
      now,
    );
    return { from: dayOf(from), to: dayOf(now), days };
  });
}
