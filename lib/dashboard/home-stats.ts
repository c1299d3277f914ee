import { withUser, type JwtClaims } from "@/lib/db";

/** Counts past this are shown as "10,000+": each count stops early instead of reading every row. */
export const COUNT_CAP = 10_000;

export interface HomeStats {
  runningJobs: number;
  /** Leads created since `weekStart`, at most COUNT_CAP + 1. */
  leadsThisWeek: number;
  /** The UTC day the week began (today and the 6 days before it), as YYYY-MM-DD. */
  weekStart: string;
  /** Leads qualified hot, at most COUNT_CAP + 1. */
  hotLeads: number;
  creditsBalance: number;
  creditsReserved: number;
}

/**
 * The dashboard home's figures, read as the caller (RLS scopes every row to their organizations).
 * Lead counts are capped so the page costs the same at a hundred leads or a hundred thousand.
 */
export async function getHomeStats(
  claims: JwtClaims,
  orgId: string,
  now = new Date(),
): Promise<HomeStats> {
  // Whole UTC days, so the count matches the leads page's "Created from" filter for that day.
  const weekAgo = new Date(now.getTime() - 6 * 86_400_000);
  weekAgo.setUTCHours(0, 0, 0, 0);
  return withUser(claims, async (tx) => {
    const cappedLeads = (filter: "week" | "hot") => {
      let q = tx.selectFrom("scraped_leads").select("id").where("org_id", "=", orgId);
      q = filter === "week" ? q.where("created_at", ">=", weekAgo) : q.where("status", "=", "hot");
      return tx
        .selectFrom(q.limit(COUNT_CAP + 1).as("capped"))
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    };
    const [running, week, hot, credits] = await Promise.all([
      tx
        .selectFrom("scraping_jobs")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("org_id", "=", orgId)
        .where("status", "in", ["pending", "processing"])
        .executeTakeFirstOrThrow(),
      cappedLeads("week"),
      cappedLeads("hot"),
      tx
        .selectFrom("credits")
        .select(["balance", "reserved"])
        .where("org_id", "=", orgId)
        .executeTakeFirst(),
    ]);
    return {
      runningJobs: Number(running.n),
      leadsThisWeek: week,
      weekStart: weekAgo.toISOString().slice(0, 10),
      hotLeads: hot,
      creditsBalance: credits?.balance ?? 0,
      creditsReserved: credits?.reserved ?? 0,
    };
  });
}
