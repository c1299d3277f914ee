import type { Resolver as DnsResolver } from "node:dns/promises";
import { systemResolver, type ResolvedAddress, type Resolver } from "@leadscout/http";

/**
 * The address resolver handed to the SSRF-safe fetch. With DNS_SERVERS set, site names are
 * resolved by those servers (the same ones the MX checks use) instead of the system's; the fetch
 * still refuses any private answer that is not allowlisted.
 */
export function siteResolver(dns: DnsResolver | undefined): Resolver {
  if (!dns) return systemResolver;
  return async (hostname): Promise<ResolvedAddress[]> => {
    // A records first; AAAA only for IPv6-only hosts. Half the queries for the common case.
    const v4 = await dns.resolve4(hostname).catch((err: unknown) => err as Error);
    if (Array.isArray(v4) && v4.length)
      return v4.map((address) => ({ address, family: 4 as const }));
    const v6 = await dns.resolve6(hostname).catch(() => [] as string[]);
    if (v6.length) return v6.map((address) => ({ address, family: 6 as const }));
    // "localhost" never reaches a real DNS server; let the system answer names it owns.
    if (hostname === "localhost") return systemResolver(hostname);
    throw v4 instanceof Error ? v4 : new Error(`No address for ${hostname}`);
  };
}
