import { defineConfig, devices } from "@playwright/test";
import { HUBSPOT_E2E, hubspotPort } from "./e2e/hubspot/config";
import { STRIPE_E2E, stripePort } from "./e2e/stripe/config";

// Browser flows run against a production build on its own port and its own fresh PGlite directory.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = `.data/e2e-${port}`;
const baseURL = `http://127.0.0.1:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  // CI shares its machine: one more try, and a test that needed it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  // Generous waits: the machine is shared, and argon2 hashing on sign-up is deliberately slow.
  expect: { timeout: 30_000 },
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: ".vitest-reports/playwright.json" }]]
    : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // A fresh database per run, in a directory of its own per port: two runs on different ports
      // do not wipe each other's.
      command: `rm -rf ${dataDir} && pnpm start -p ${port} -H 127.0.0.1`,
      url: `${baseURL}/api/ready`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      env: {
        PGLITE_DIR: `${dataDir}/pglite`,
        APP_URL: baseURL,
        NODE_ENV: "production",
        // No SMTP here: sign-up and reset links are followed from the development mailbox.
        DEV_MAILBOX: "on",
        SMTP_URL: "",
        // The journey's fixture websites and webhook receiver listen on loopback (e2e/loopback.ts).
        SSRF_ALLOWLIST: "127.0.0.1",
        // Each browser context is its own visitor behind this proxy (e2e/test.ts), so per-address
        // limits count per test user, as they would per real user.
        TRUSTED_PROXIES: "127.0.0.1",
        // Never the developer's Postgres: e2e runs on its own fresh PGlite directory.
        DATABASE_URL: "",
        // Billing runs against the local Stripe below (e2e/stripe/serve.ts), through the same SDK.
        STRIPE_SECRET_KEY: STRIPE_E2E.secretKey,
        STRIPE_WEBHOOK_SECRET: STRIPE_E2E.webhookSecret,
        STRIPE_API_BASE: STRIPE_E2E.url,
        // HubSpot is the local one below (e2e/hubspot/serve.ts): consent page, tokens, CRM API.
        HUBSPOT_CLIENT_ID: HUBSPOT_E2E.clientId,
        HUBSPOT_CLIENT_SECRET: HUBSPOT_E2E.clientSecret,
        HUBSPOT_API_BASE: HUBSPOT_E2E.url,
        HUBSPOT_AUTHORIZE_URL: `${HUBSPOT_E2E.url}/oauth/authorize`,
      },
    },
    {
      // The local Stripe: its API, the hosted Checkout page, signed webhooks to the app.
      command: "pnpm exec tsx e2e/stripe/serve.ts",
      url: `${STRIPE_E2E.url}/health`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      env: { APP_URL: baseURL, E2E_STRIPE_PORT: String(stripePort) },
    },
    {
      // The local HubSpot: OAuth consent page and token endpoint, the CRM API the sync calls.
      command: "pnpm exec tsx e2e/hubspot/serve.ts",
      url: `${HUBSPOT_E2E.url}/health`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      env: { E2E_HUBSPOT_PORT: String(hubspotPort) },
    },
  ],
});
