import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getCreditBuckets, moveCredits, type CreditBuckets } from "@/lib/credits";
import { asServiceRole, type Tx } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { PLAN_SPECS } from "./plans";
import { ZPlanSchema, type Plan } from "./schemas";

// Installation administration (the CLI, as the service role): set an organization's plan and grant
// credits without Stripe, e.g. in the embedded default or for a sales-led deal.

const ZSlugSchema = z.string().trim().min(1).max(48);
export const ZSetPlanSchema = z.object({ org: ZSlugSchema, plan: ZPlanSchema });
export const ZGrantCreditsSchema = z.object({
  org: ZSlugSchema,
  amount: z.coerce.number().int().min(1).max(10_000_000),
  reason: z.string().trim().min(3).max(200),
});

async function orgBySlug(tx: Tx, slug: string) {
  const org = await tx
    .selectFrom("organizations as o")
    .innerJoin("subscriptions as s", "s.org_id", "o.id")
    .select(["o.id", "o.slug", "s.plan", "s.stripe_subscription_id"])
    .where("o.slug", "=", slug)
    .forUpdate()
    .executeTakeFirst();
  if (!org) throw new AppError("not_found", `No organization has the slug ${slug}`);
  return org;
}

async function audit(tx: Tx, orgId: string, action: string, metadata: Record<string, unknown>) {
  await tx
    .insertInto("audit_log")
    .values({
      org_id: orgId,
      actor_id: null,
      action,
      target_type: "organization",
      target_id: orgId,
      metadata: JSON.stringify({ via: "cli", ...metadata }),
    })
    .execute();
}

/**
 * Puts the organization on `plan` and tops its allowance up to that plan's amount now; the next
 * renewal is a month later. Refused while a Stripe subscription bills the organization: Stripe
 * owns its plan then (change it in the Customer Portal or the Stripe dashboard).
 */
export async function setPlan(input: unknown): Promise<{
  org: string;
  plan: Plan;
  previous: Plan;
  credits: CreditBuckets;
}> {
  const parsed = ZSetPlanSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The plan change is invalid");
  const { org: slug, plan } = parsed.data;
  return asServiceRole(async (tx) => {
    const org = await orgBySlug(tx, slug);
    if (org.stripe_subscription_id)
      throw new AppError(
        "conflict",
        `${slug} is billed by Stripe (subscription ${org.stripe_subscription_id}); change its plan there`,
      );
    const renews = new Date();
    renews.setUTCMonth(renews.getUTCMonth() + 1);
    await tx
      .updateTable("subscriptions")
      .set({
        plan,
        status: "active",
        monthly_credits: PLAN_SPECS[plan].monthlyCredits,
        allowance_renews_at: renews,
      })
      .where("org_id", "=", org.id)
      .execute();
    await moveCredits(tx, org.id, "allowance", PLAN_SPECS[plan].monthlyCredits, {
      key: `allowance:cli-plan:${randomUUID()}`,
      description: `${PLAN_SPECS[plan].name} plan set by an administrator`,
    });
    await audit(tx, org.id, "billing.plan_set", { from: org.plan, to: plan });
    return { org: slug, plan, previous: org.plan, credits: await getCreditBuckets(tx, org.id) };
  });
}

/** Adds credits to the purchased bucket (they never expire), with the reason in the ledger. */
export async function grantCredits(
  input: unknown,
): Promise<{ org: string; granted: number; credits: CreditBuckets }> {
  const parsed = ZGrantCreditsSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The grant is invalid");
  const { org: slug, amount, reason } = parsed.data;
  return asServiceRole(async (tx) => {
    const org = await orgBySlug(tx, slug);
    await moveCredits(tx, org.id, "grant", amount, {
      key: `grant:cli:${randomUUID()}`,
      description: `Granted by an administrator: ${reason}`,
    });
    await audit(tx, org.id, "billing.credits_granted", { amount, reason });
    return { org: slug, granted: amount, credits: await getCreditBuckets(tx, org.id) };
  });
}
