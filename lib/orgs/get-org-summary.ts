import { withUser, type JwtClaims } from "@/lib/db";
import { requireMembership } from "./membership";
import type { OrgSummary } from "./types";

/** Plan, credits and counts for the dashboard home; readable by every member. */
export async function getOrgSummary(claims: JwtClaims, orgId: string): Promise<OrgSummary> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId);
    const count = (table: "team_members" | "scraping_jobs" | "scraped_leads") =>
      tx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    const [sub, credits, memberCount, jobCount, leadCount] = await Promise.all([
      tx
        .selectFrom("subscriptions")
        .select(["plan", "monthly_credits"])
        .where("org_id", "=", orgId)
        .executeTakeFirst(),
      tx
        .selectFrom("credits")
        .select(["balance", "reserved"])
        .where("org_id", "=", orgId)
        .executeTakeFirst(),
      count("team_members"),
      count("scraping_jobs"),
      count("scraped_leads"),
    ]);
    return {
      plan: sub?.plan ?? null,
      monthlyCredits: sub?.monthly_credits ?? null,
      creditsBalance: credits?.balance ?? 0,
      creditsReserved: credits?.reserved ?? 0,
      memberCount,
      jobCount,
      leadCount,
    };
  });
}
