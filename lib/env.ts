import ipaddr from "ipaddr.js";
import { z } from "zod";
import { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule } from "./webhooks/schedule";

// Every variable the server reads, parsed once. Empty strings count as unset so a blank line in
// .env never flips an engine on.
const blank = (v: unknown) => (v === "" ? undefined : v);
const optionalUrl = z.preprocess(blank, z.string().url().optional());
const optionalString = z.preprocess(blank, z.string().min(1).optional());

export const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_URL: z.preprocess(blank, z.string().url().default("http://localhost:3000")),
  DATABASE_URL: optionalString,
  PGLITE_DIR: z.preprocess(blank, z.string().default(".data/pglite")),
  AUTH_SECRET: z.preprocess(blank, z.string().min(32).optional()),
  API_KEY_HASH_SECRET: z.preprocess(blank, z.string().min(32).optional()),
  // Secrets at rest (lib/crypto): unset → generated into .data/encryption-key (0600). Rotation:
  // move the old key to ENCRYPTION_KEY_PREVIOUS (comma list), then `pnpm cli secrets rotate`.
  ENCRYPTION_KEY: z.preprocess(blank, z.string().min(32).optional()),
  ENCRYPTION_KEY_PREVIOUS: optionalString,
  NEXT_PUBLIC_SUPABASE_URL: optionalUrl,
  NEXT_PUBLIC_SUPABASE_ANON_KEY: optionalString,
  // Supabase Auth's admin key, used only to delete accounts (Settings › Delete account).
  SUPABASE_SERVICE_ROLE_KEY: optionalString,
  SMTP_URL: optionalString,
  SMTP_FROM: z.preprocess(blank, z.string().default("Leadscout <no-reply@localhost>")),
  // No SMTP_URL: messages are kept for /dev/mail, which production shows only when this is "on".
  DEV_MAILBOX: z.preprocess(blank, z.enum(["on", "off"]).optional()),
  SENTRY_DSN: optionalString,
  NEXT_PUBLIC_POSTHOG_KEY: optionalString,
  NEXT_PUBLIC_POSTHOG_HOST: z.preprocess(
    blank,
    z.string().url().default("https://us.i.posthog.com"),
  ),
  LOG_LEVEL: z.preprocess(blank, z.enum(["debug", "info", "warn", "error"]).default("info")),
  SSRF_ALLOWLIST: z.preprocess(blank, z.string().default("")),
  // Reverse proxies in front of the app (IPs or CIDRs, comma separated) whose X-Forwarded-For
  // entries are believed. None: the client is the TCP peer.
  TRUSTED_PROXIES: z.preprocess(
    blank,
    z
      .string()
      .default("")
      .superRefine((v, ctx) => {
        for (const entry of v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean))
          if (!ipaddr.isValid(entry) && !ipaddr.isValidCIDR(entry))
            ctx.addIssue({ code: "custom", message: `not an IP address or CIDR range: ${entry}` });
      }),
  ),
  // Set: the qualifier may score with Claude, so jobs reserve (and may charge) LLM qualification.
  ANTHROPIC_API_KEY: optionalString,
  // Where the providers' APIs are (tests: local servers). The app calls them only for an
  // organization's own key "Check" (lib/provider-keys); the MCP servers read the same variables.
  ANTHROPIC_BASE_URL: optionalUrl,
  HUNTER_BASE_URL: z.preprocess(blank, z.string().url().default("https://api.hunter.io")),
  APOLLO_BASE_URL: z.preprocess(blank, z.string().url().default("https://api.apollo.io")),
  // The paid enrichment providers the platform runs. The enricher calls them; the app reads only
  // whether each is configured: a job's enrichment is free only when the organization's own keys
  // cover every one of them (lib/jobs/pipeline/enrich-keys.ts).
  HUNTER_API_KEY: optionalString,
  APOLLO_API_KEY: optionalString,
  LINKEDIN_SEARCH_API_KEY: optionalString,
  LINKEDIN_SEARCH_BASE_URL: optionalUrl,
  // Inngest: Cloud (event + signing key) or self-hosted `inngest start` (base URL). None set → the
  // embedded executor in inngest/local runs the functions.
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  INNGEST_BASE_URL: optionalUrl,
  INNGEST_DEV: optionalString,
  // Billing with Stripe (docs/billing.md). No secret key → the embedded default: plans are set by
  // `pnpm cli plan set` and Checkout/Portal are off. STRIPE_API_BASE points the SDK elsewhere
  // (tests: a local server speaking Stripe's API). Prices are found by lookup key, not by id.
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_API_BASE: optionalUrl,
  // HubSpot CRM sync (docs/crm.md): shown on Settings › Integrations when the app's client id and
  // secret are set. HUBSPOT_API_BASE points the official client (and the OAuth authorize page,
  // HUBSPOT_AUTHORIZE_URL) elsewhere (tests: a local server speaking HubSpot's API).
  HUBSPOT_CLIENT_ID: optionalString,
  HUBSPOT_CLIENT_SECRET: optionalString,
  HUBSPOT_API_BASE: z.preprocess(blank, z.string().url().default("https://api.hubapi.com")),
  HUBSPOT_AUTHORIZE_URL: z.preprocess(
    blank,
    z.string().url().default("https://app.hubspot.com/oauth/authorize"),
  ),
  // Salesforce CRM sync (docs/crm.md): shown on Settings › Integrations when the connected app's
  // consumer key and secret are set. SALESFORCE_LOGIN_URL is the OAuth host (a sandbox's
  // https://test.salesforce.com; tests: a local server speaking Salesforce's API); the API host
  // comes from each token's instance_url.
  SALESFORCE_CLIENT_ID: optionalString,
  SALESFORCE_CLIENT_SECRET: optionalString,
  SALESFORCE_LOGIN_URL: z.preprocess(
    blank,
    z.string().url().default("https://login.salesforce.com"),
  ),
  // Sign-in providers (docs/sign-in-providers.md): a button shows when its client id and secret
  // are set. The base URLs point the flows elsewhere (tests: local servers speaking each API).
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GOOGLE_ISSUER: z.preprocess(blank, z.string().url().default("https://accounts.google.com")),
  GITHUB_CLIENT_ID: optionalString,
  GITHUB_CLIENT_SECRET: optionalString,
  GITHUB_OAUTH_BASE: z.preprocess(blank, z.string().url().default("https://github.com")),
  GITHUB_API_BASE: z.preprocess(blank, z.string().url().default("https://api.github.com")),
  // Inbound form attachments (docs/inbound.md): Supabase Storage when this bucket is set together
  // with NEXT_PUBLIC_SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY, else files under .data/files.
  INBOUND_FILES_BUCKET: optionalString,
  // Delays before each webhook delivery attempt, each counted from the previous attempt.
  WEBHOOK_RETRY_SCHEDULE: z.preprocess(
    blank,
    z
      .string()
      .default(DEFAULT_RETRY_SCHEDULE)
      .superRefine((v, ctx) => {
        try {
          parseRetrySchedule(v);
        } catch (err) {
          ctx.addIssue({ code: "custom", message: (err as Error).message });
        }
      }),
  ),
});

export type Env = z.infer<typeof ZEnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = ZEnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Tests change process.env between cases; this forgets the parsed copy. */
export function resetEnvForTests(): void {
  cached = undefined;
}
