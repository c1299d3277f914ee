import { asServiceRole } from "@/lib/db";
import { stripe } from "./client";

/**
 * The organization's one Stripe customer, created on first need. Stripe's idempotency key makes
 * two racing first calls create one customer, and the row keeps the first id written.
 */
export async function ensureCustomer(orgId: string): Promise<string> {
  const current = await asServiceRole((tx) =>
    tx
      .selectFrom("subscriptions as s")
      .innerJoin("organizations as o", "o.id", "s.org_id")
      .select(["s.stripe_customer_id", "o.name", "o.slug"])
      .where("s.org_id", "=", orgId)
      .executeTakeFirstOrThrow(),
  );
  if (current.stripe_customer_id) return current.stripe_customer_id;
  const customer = await stripe().customers.create(
    { name: current.name, metadata: { org_id: orgId, org_slug: current.slug } },
    { idempotencyKey: `leadscout-customer-${orgId}` },
  );
  return asServiceRole(async (tx) => {
    await tx
      .updateTable("subscriptions")
      .set({ stripe_customer_id: customer.id })
      .where("org_id", "=", orgId)
      .where("stripe_customer_id", "is", null)
      .execute();
    const row = await tx
      .selectFrom("subscriptions")
      .select("stripe_customer_id")
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow();
    return row.stripe_customer_id ?? customer.id;
  });
}
