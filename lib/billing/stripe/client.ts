import Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// The official SDK, configured by env alone. One client per (key, base) for the process: it holds
// no user context, only the secret key and connection settings.
let cached: { key: string; base: string | undefined; client: Stripe } | undefined;

/** True when Stripe is configured (a secret key is set): Checkout, Portal and webhooks are on. */
export function stripeConfigured(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY);
}

/** The SDK client, or `billing_not_configured` (503) in the embedded default. */
export function stripe(): Stripe {
  const { STRIPE_SECRET_KEY: key, STRIPE_API_BASE: base } = env();
  if (!key)
    throw new AppError(
      "billing_not_configured",
      "Billing is not configured on this installation (no STRIPE_SECRET_KEY); an administrator " +
        "sets plans with `pnpm cli plan set`",
    );
  if (cached && cached.key === key && cached.base === base) return cached.client;
  const url = base ? new URL(base) : undefined;
  const client = new Stripe(key, {
    ...(url
      ? {
          host: url.hostname,
          port: url.port || (url.protocol === "https:" ? 443 : 80),
          protocol: url.protocol === "http:" ? "http" : "https",
        }
      : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "Leadscout" },
  });
  cached = { key, base, client };
  return client;
}
