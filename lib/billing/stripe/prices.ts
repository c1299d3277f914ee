import { AppError } from "@/lib/errors";
import {
  CREDIT_PACKS,
  PAID_PLANS,
  type BillingInterval,
  type CreditPack,
  type PaidPlan,
} from "../schemas";
import { stripe } from "./client";

// Prices are found by lookup key, so no price id is configured anywhere: in Stripe, give each
// price its key (docs/billing.md) and the app finds it. The keys:
//   leadscout_<plan>_monthly, leadscout_<plan>_yearly   (plan: starter, pro, enterprise)
//   leadscout_credits_<pack>                              (pack: 1k, 5k, 25k)
// and the webhook maps a subscription's price back to its plan through the same key.

export type PriceFor =
  { kind: "plan"; plan: PaidPlan; interval: BillingInterval } | { kind: "pack"; pack: CreditPack };

export function lookupKeyFor(p: PriceFor): string {
  return p.kind === "plan"
    ? `leadscout_${p.plan}_${p.interval === "month" ? "monthly" : "yearly"}`
    : `leadscout_credits_${p.pack}`;
}

/** What a lookup key sells, or undefined for a price that is not ours. */
export function parseLookupKey(key: string | null | undefined): PriceFor | undefined {
  const m = /^leadscout_(?:credits_(\w+)|(\w+)_(monthly|yearly))$/.exec(key ?? "");
  if (!m) return undefined;
  if (m[1]) {
    const pack = CREDIT_PACKS.find((p) => p === m[1]);
    return pack ? { kind: "pack", pack } : undefined;
  }
  const plan = PAID_PLANS.find((p) => p === m[2]);
  if (!plan) return undefined;
  return { kind: "plan", plan, interval: m[3] === "monthly" ? "month" : "year" };
}

// Prices change rarely; a few minutes of caching saves a round trip per Checkout.
const TTL_MS = 5 * 60_000;
const cache = new Map<string, { id: string; until: number }>();

/** The active price with this lookup key, or `billing_not_configured` naming the missing key. */
export async function priceIdFor(p: PriceFor): Promise<string> {
  const key = lookupKeyFor(p);
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.id;
  const list = await stripe().prices.list({ lookup_keys: [key], active: true, limit: 1 });
  const price = list.data[0];
  if (!price)
    throw new AppError(
      "billing_not_configured",
      `No active Stripe price has the lookup key ${key}; create it (docs/billing.md)`,
    );
  cache.set(key, { id: price.id, until: Date.now() + TTL_MS });
  return price.id;
}
