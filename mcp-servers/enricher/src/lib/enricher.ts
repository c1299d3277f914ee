import { createSafeFetch, parseAllowlist } from "@leadscout/http";
import type { Cache } from "./cache/cache";
import { Memo } from "./cache/memo";
import { MemoryCache } from "./cache/memory-cache";
import { UpstashCache } from "./cache/upstash-cache";
import { keysOf, perKey, type CallKeys, type KeyedProvider } from "./call-keys";
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

/** The providers one call runs through. */
export interface CallProviders {
  companyProviders: CompanyProvider[];
  email: EmailVerifierDeps;
}

interface PaidClients {
  hunter?: HunterClient;
  apollo?: ApolloCompanyProvider;
}

/** Every engine the tools use, built once per process from the environment. */
export interface Enricher {
  env: EnricherEnv;
  allowlist: Set<string>;
  memo: Memo;
  website: WebsiteProvider;
  companyProviders: CompanyProvider[];
  email: EmailVerifierDeps;
  search?: LinkedinSearchClient;
  /** The providers for a call that brings its own keys (or skips paid providers). */
  forCall(call?: CallKeys): CallProviders;
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
  const makeHunter = (d: ProviderDeps, key: string) =>
    new HunterClient(
      d,
      guard("hunter", { ratePerSec: 10, burst: 10 }),
      env.HUNTER_BASE_URL,
      key,
      timeoutMs,
    );
  const makeApollo = (d: ProviderDeps, key: string) =>
    new ApolloCompanyProvider(
      d,
      guard("apollo", { ratePerSec: 5, burst: 5 }),
      env.APOLLO_BASE_URL,
      key,
      timeoutMs,
    );
  const platform: PaidClients = {
    hunter: env.HUNTER_API_KEY ? makeHunter(deps, env.HUNTER_API_KEY) : undefined,
    apollo: env.APOLLO_API_KEY ? makeApollo(deps, env.APOLLO_API_KEY) : undefined,
  };
  // A caller's own key gets its own client: its own rate limit and circuit (its account's 429s
  // and outages are nobody else's) and its own cache partition (see ProviderDeps.cacheScope).
  const hunterFor = perKey((key, cacheScope) => makeHunter({ ...deps, cacheScope }, key));
  const apolloFor = perKey((key, cacheScope) => makeApollo({ ...deps, cacheScope }, key));
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
  // Probes are paced: bursts of RCPT TO look like address harvesting to mail servers.
  const smtp =
    env.EMAIL_SMTP_PROBE === "1"
      ? smtpVerifier(
          {
            port: env.EMAIL_SMTP_PORT,
            timeoutMs,
            heloName: "leadscout.invalid",
            resolver,
            allowlist,
          },
          guard("smtp", { ratePerSec: 2, burst: 2, failureThreshold: 10 }),
        )
      : undefined;

  const assemble = (paid: PaidClients): CallProviders => {
    const companyProviders: CompanyProvider[] = [website];
    if (paid.apollo) companyProviders.push(paid.apollo);
    if (paid.hunter) companyProviders.push(new HunterCompanyProvider(paid.hunter));
    const verifiers: EmailVerifier[] = [offlineVerifier];
    if (paid.hunter) verifiers.push(hunterVerifier(paid.hunter));
    if (smtp) verifiers.push(smtp);
    return {
      companyProviders,
      email: { dns, dnsTimeoutMs: env.DNS_TIMEOUT_MS, memo, ttlMs: deps.ttlMs, verifiers },
    };
  };
  const own = assemble(platform);
  const { companyProviders, email } = own;

  /** The caller's key for a provider, else the server's, unless the caller skips it. */
  const pick = <C>(
    p: KeyedProvider,
    call: CallKeys,
    server: C | undefined,
    forKey: (k: string) => C,
  ) => {
    if (call.skip?.includes(p)) return undefined;
    const key = call.keys?.[p];
    return key ? forKey(key) : server;
  };
  const forCall = (call?: CallKeys): CallProviders =>
    !call || (!keysOf(call).length && !call.skip?.length)
      ? own
      : assemble({
          hunter: pick("hunter", call, platform.hunter, hunterFor),
          apollo: pick("apollo", call, platform.apollo, apolloFor),
        });

  return {
    env,
    allowlist,
    memo,
    website,
    companyProviders,
    email,
    search,
    forCall,
    describe: () => ({
      cache: cache.kind,
      companyProviders: companyProviders.map((p) => p.name),
      emailProviders: email.verifiers.map((v) => v.name),
      linkedinSearch: Boolean(search),
      dnsServers: parseDnsServers(env.DNS_SERVERS) ?? "system",
    }),
  };
}
