import { withUser, type JwtClaims } from "@/lib/db";

// The plan decides an API key's rate limit. It changes rarely, so each organization's plan is kept
// for a minute rather than read on every request.
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { plan: string | null; until: number }>();

export async function orgPlan(claims: JwtClaims, orgId: string): Promise<string | null> {
  const now = Date.now();
  const hit = cache.get(orgId);
  if (hit && hit.until > now) return hit.plan;
  const row = await withUser(claims, (tx) =>
    tx.selectFrom("subscriptions").select("plan").where("org_id", "=", orgId).executeTakeFirst(),
  );
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const plan = row?.plan ?? null;
  cache.set(orgId, { plan, until: now + TTL_MS });
  return plan;
}
