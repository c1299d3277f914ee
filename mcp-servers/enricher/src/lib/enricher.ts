import { createSafeFetch, parseAllowlist } from "@leadscout/http";
import type { Cache } from "./cache/cache";
import { Memo } from "./cache/memo";
import { MemoryCache } from "./cache/memory-cache";
import { UpstashCache } from "./cache/upstash-cache";
import type { EnricherEnv } from "./config";
import { createDnsResolver, parseDnsServers } from "./email/mx";
import type { EmailVerifierDeps } from "./email/verify";
import {
  hunterVerifier,
  offlineVerifier,
  smtpVerifier,
  type EmailVerifier,
} from "./email/verifiers";
import { ApolloCompanyProvider } from "./providers/apollo";
import { HunterClient, HunterCompanyProvider } from "./providers/hunter";
import { LinkedinSearchClient } from "./providers/linkedin-search";
import type { CompanyProvider, ProviderDeps } from "./providers/types";
import { WebsiteProvider } from "./providers/website";
import { DEFAULT_GUARD, ProviderGuard } from "./resilience/provider-guard";
import { siteResolver } from "./website/dns-resolver";

/** Every engine the tools use, built once per process from the environment. */
export interface Enricher {
  env: EnricherEnv;
  allowlist: Set<string>;
  memo: Memo;
  website: WebsiteProvider;
  companyProviders: CompanyProvider[];
  email: EmailVerifierDeps;
  search?: LinkedinSearchClient;
  /** Providers switched on, for the start-up log line. */
  describe(): Record<string, unknown>;
}

export function createEnricher(
  env: EnricherEnv,
  opts: { onCacheError?: (err: unknown) => void } = {},
): Enricher {
  const allowlist = parseAllowlist(env.SSRF_ALLOWLIST);
  const dns = createDnsResolver(parseDnsServers(env.DNS_SERVERS), env.DNS_TIMEOUT_MS);
  const resolver = siteResolver(env.DNS_SERVERS ? dns : undefined);
  const fetch = createSafeFetch({
    allowlist: [...allowlist],
    resolver,
    userAgent: "LeadscoutBot (enricher)",
  });
  const cache: Cache =
    env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
      ? new UpstashCache({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN })
      : new MemoryCache();
  const memo = new Memo(cache, opts.onCacheError);
  const deps: ProviderDeps = { fetch, memo, ttlMs: env.ENRICH_CACHE_TTL_SECONDS * 1000 };
  const timeoutMs = env.PROVIDER_TIMEOUT_MS;
  const guard = (name: string, o: Partial<typeof DEFAULT_GUARD> = {}) =>
    new ProviderGuard(name, { ...DEFAULT_GUARD, timeoutMs: timeoutMs + 1_000, ...o });

  // One site failing says nothing about the next site, so the website never opens a circuit;
  // its timeout covers the home page plus two extra pages.
  const website = new WebsiteProvider(
    deps,
    guard("website", {
      ratePerSec: 100,
      burst: 100,
      failureThreshold: Number.MAX_SAFE_INTEGER,
      timeoutMs: timeoutMs * 3,
    }),
    timeoutMs,
  );
  const hunter = env.HUNTER_API_KEY
    ? new HunterClient(
        deps,
        guard("hunter", { ratePerSec: 10, burst: 10 }),
        env.HUNTER_BASE_URL,
        env.HUNTER_API_KEY,
        timeoutMs,
      )
    : undefined;
  const apollo = env.APOLLO_API_KEY
    ? new ApolloCompanyProvider(
        deps,
        guard("apollo", { ratePerSec: 5, burst: 5 }),
        env.APOLLO_BASE_URL,
        env.APOLLO_API_KEY,
        timeoutMs,
      )
    : undefined;
  const search =
    env.LINKEDIN_SEARCH_BASE_URL && env.LINKEDIN_SEARCH_API_KEY
      ? new LinkedinSearchClient(
          deps,
          guard("linkedin_search", { ratePerSec: 5, burst: 5 }),
          env.LINKEDIN_SEARCH_BASE_URL,
          env.LINKEDIN_SEARCH_API_KEY,
          timeoutMs,
        )
      : undefined;

  const companyProviders: CompanyProvider[] = [website];
  if (apollo) companyProviders.push(apollo);
  if (hunter) companyProviders.push(new HunterCompanyProvider(hunter));

  const verifiers: EmailVerifier[] = [offlineVerifier];
  if (hunter) verifiers.push(hunterVerifier(hunter));
  if (env.EMAIL_SMTP_PROBE === "1")
    verifiers.push(
      smtpVerifier(
        {
          port: env.EMAIL_SMTP_PORT,
          timeoutMs,
          heloName: "leadscout.invalid",
          resolver,
          allowlist,
        },
        // Probes are paced: bursts of RCPT TO look like address harvesting to mail servers.
        guard("smtp", { ratePerSec: 2, burst: 2, failureThreshold: 10 }),
      ),
    );
  const email: EmailVerifierDeps = {
    dns,
    dnsTimeoutMs: env.DNS_TIMEOUT_MS,
    memo,
    ttlMs: deps.ttlMs,
    verifiers,
  };

  return {
    env,
    allowlist,
    memo,
    website,
    companyProviders,
    email,
    search,
    describe: () => ({
      cache: cache.kind,
      companyProviders: companyProviders.map((p) => p.name),
      emailProviders: verifiers.map((v) => v.name),
      linkedinSearch: Boolean(search),
      dnsServers: parseDnsServers(env.DNS_SERVERS) ?? "system",
    }),
  };
}
