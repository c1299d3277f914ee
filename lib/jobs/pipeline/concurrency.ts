import { PLAN_SPECS, type Plan } from "@/lib/billing";

// Inngest concurrency limits are fixed numbers per key, so "more for bigger plans" is expressed
// as more keys: an organization's URLs are spread over `slots` keys, each allowed
// URL_SLOT_LIMIT at once. Its total is slots × URL_SLOT_LIMIT; the slots are the plan's
// jobConcurrency in lib/billing/plans.ts.
export const URL_SLOT_LIMIT = 10;

/** Politeness: sites crawled at once per target host, whichever organizations ask. */
export const PER_HOST_LIMIT = 2;

/** URLs of one fan-out event batch (step.sendEvent). */
export const FAN_OUT_BATCH = 500;

export function orgSlotKey(orgId: string, plan: Plan, index: number): string {
  return `${orgId}:${index % PLAN_SPECS[plan].jobConcurrency}`;
}

/**
 * LLM qualifications in flight at once, across every job and worker (the LLM path's throttle).
 * Below the qualifier's own request concurrency (QUALIFIER_LLM_CONCURRENCY, default 4), so leads
 * wait in the queue, not in a worker holding a slot.
 */
export const LLM_QUALIFY_LIMIT = 3;
