// The local Stripe the browser flows pay on: its port (next to the app's), the test keys the app
// is started with, and where it sends webhooks. Read by playwright.config.ts and the specs.
// These are keys of a loopback fake, not Stripe secrets.
export const appPort = Number(process.env.E2E_PORT ?? 3100);
export const stripePort = Number(process.env.E2E_STRIPE_PORT ?? appPort + 1);
export const STRIPE_E2E = {
  url: `http://127.0.0.1:${stripePort}`,
  secretKey: "sk_test_e2e_local_stripe",
  webhookSecret: "whsec_e2e_local_stripe",
} as const;
