import { z } from "zod";

// The enricher's own environment, parsed once at start-up. Empty strings count as unset so a blank
// line in .env never switches a paid provider on.
const blank = (v: unknown) => (v === "" ? undefined : v);
const optionalString = z.preprocess(blank, z.string().min(1).optional());
const optionalUrl = z.preprocess(blank, z.string().url().optional());
const positiveInt = (fallback: number) =>
  z.preprocess(blank, z.coerce.number().int().positive().default(fallback));

export const ZEnricherEnvSchema = z.object({
  HUNTER_API_KEY: optionalString,
  HUNTER_BASE_URL: z.preprocess(blank, z.string().url().default("https://api.hunter.io")),
  APOLLO_API_KEY: optionalString,
  APOLLO_BASE_URL: z.preprocess(blank, z.string().url().default("https://api.apollo.io")),
  LINKEDIN_SEARCH_BASE_URL: optionalUrl,
  LINKEDIN_SEARCH_API_KEY: optionalString,
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: optionalString,
  /** Comma-separated DNS servers (`1.1.1.1`, `127.0.0.1:5353`, `[::1]:53`) for MX and A lookups. */
  DNS_SERVERS: optionalString,
  DNS_TIMEOUT_MS: positiveInt(3_000),
  EMAIL_SMTP_PROBE: z.preprocess(blank, z.enum(["0", "1"]).default("0")),
  EMAIL_SMTP_PORT: positiveInt(25),
  ENRICH_CACHE_TTL_SECONDS: positiveInt(86_400),
  ENRICH_CONCURRENCY: positiveInt(8),
  PROVIDER_TIMEOUT_MS: positiveInt(10_000),
  SSRF_ALLOWLIST: z.preprocess(blank, z.string().default("")),
});

export type EnricherEnv = z.infer<typeof ZEnricherEnvSchema>;

export function parseEnricherEnv(
  source: Record<string, string | undefined> = process.env,
): EnricherEnv {
  const parsed = ZEnricherEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid enricher environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
