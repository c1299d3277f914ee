import { inngest } from "@/inngest/client";
import { ZBillingAutoTopUpCheckSchema } from "@/inngest/events";
import { notifyAutoTopUpPaused, runAutoTopUp } from "@/lib/billing/auto-topup";

/**
 * billing/auto-topup.check → one auto top-up, if still due: at most one per trigger and N a
 * month (lib/billing/auto-topup/run.ts), one at a time per organization. A paused top-up tells
 * the admins. No retries: a failed charge is recorded and never retried in a loop (a retried
 * step would find its attempt claimed anyway, and Stripe's idempotency key covers the charge).
 */
export const autoTopUpFn = inngest.createFunction(
  {
    id: "billing-auto-topup",
    name: "Billing: auto top-up",
    triggers: [{ event: "billing/auto-topup.check" }],
    concurrency: [{ key: "event.data.orgId", limit: 1 }],
    retries: 0,
  },
  async ({ event, step }) => {
    const { orgId } = ZBillingAutoTopUpCheckSchema.parse(event.data);
    const result = await step.run("top-up", () => runAutoTopUp(orgId));
    if (result.outcome === "paused")
      await step.run("notify-admins", () => notifyAutoTopUpPaused(orgId, result.reason));
    return result;
  },
);
