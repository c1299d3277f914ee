import type { Resolver as DnsResolver } from "node:dns/promises";
import { systemResolver, type ResolvedAddress, type Resolver } from "../../../../../lib/http";

/**
 * The address resolver handed to the SSRF-safe fetch. With DNS_SERVERS set, site names are
 * resolved by those servers (the same ones the MX checks use) instead of the system's; the fetch
 * still refuses any private answer that is not allowlisted.
 */
export function siteResolver(dns: DnsResolver | undefined): Resolver {
  if (!dns) return systemResolver;
  return async (hostname): Promise<ResolvedAddress[]> => {
    const [v4, v6] = await Promise.allSettled([dns.resolve4(hostname), dns.resolve6(hostname)]);
    const out: ResolvedAddress[] = [];
    if (v4.status === "fulfilled")
      out.push(...v4.value.map((address) => ({ address, family: 4 as const })));
    if (v6.status === "fulfilled")
      out.push(...v6.value.map((address) => ({ address, family: 6 as const })));
    if (out.length === 0) {
      // "localhost" never reaches a real DNS server; let the system answer names it owns.
      if (hostname === "localhost") return systemResolver(hostname);
      throw v4.status === "rejected" ? v4.reason : new Error(`No address for ${hostname}`);
    }
    return out;
  };
}
