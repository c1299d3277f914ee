import type { Tx } from "@/lib/db";
import { asPlan } from "./plans";
import type { Plan, SubscriptionStatus } from "./schemas";

export interface OrgPlanState {
  plan: Plan;
  status: SubscriptionStatus;
}

/** The organization's plan and subscription state as the caller's transaction sees it. */
export async function readOrgPlan(tx: Tx, orgId: string): Promise<OrgPlanState> {
  const row = await tx
    .selectFrom("subscriptions")
    .select(["plan", "status"])
    .where("org_id", "=", orgId)
    .executeTakeFirst();
  return { plan: asPlan(row?.plan), status: row?.status ?? "active" };
}
