import { inngest } from "@/inngest/client";
import { inngestMode } from "@/inngest/local/mode";
import { RENEWAL_BATCH, renewDueAllowances } from "@/lib/billing/renew-allowances";

/** How often due allowances are looked for; a renewal is at most this late. */
export const RENEWAL_CRON = "17 * * * *";
export const RENEWAL_EVERY_MS = 60 * 60_000;
const MAX_BATCHES = 50;

/**
 * Hourly: tops up the monthly allowance of every organization whose renewal date has come (Free,
 * CLI-set plans, yearly subscriptions; monthly Stripe subscriptions renew through invoice.paid).
 * The embedded executor does not run cron triggers (inngest/local/config.ts refuses them), so
 * there the function is triggered by billing/allowances.due, which inngest/local/schedules.ts sends
 * every hour; with an Inngest server the cron trigger is declared as well.
 */
export const renewAllowancesFn = inngest.createFunction(
  {
    id: "billing-renew-allowances",
    name: "Billing: renew monthly allowances",
    triggers: [
      { event: "billing/allowances.due" },
      ...(inngestMode() === "local" ? [] : [{ cron: RENEWAL_CRON }]),
    ],
    // One renewal sweep at a time; the ledger keys make an overlap harmless anyway.
    concurrency: [{ limit: 1 }],
    retries: 3,
  },
  async ({ step }) => {
    let organizations = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const done = await step.run(`renew-${batch}`, () => renewDueAllowances());
      organizations += done.handled;
      if (done.handled < RENEWAL_BATCH) break;
    }
    return { organizations };
  },
);
