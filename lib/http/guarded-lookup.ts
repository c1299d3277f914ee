import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { domainToASCII } from "node:url";
import { log } from "@leadscout/log";
import { FetchError } from "./errors";
import { classifyAddress, isIpLiteral } from "./ip-policy";

/**
 * What the caller is told when the guard refuses an address. It never names the address a host
 * resolved to (nor its range): job and webhook errors would otherwise map internal DNS for anyone
 * who can submit names. The detail goes to the server log instead.
 */
export const REFUSED_MESSAGE = "refused: the address is private or reserved";

function refuse(url: string, detail: { host: string; address: string; range: string }): never {
  log.warn("ssrf.refused", { ...detail, url });
  throw new FetchError("blocked_address", REFUSED_MESSAGE, url);
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (tests pass their own to fake hostile DNS). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const all = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export function normalizeHost(host: string): string {
  let h = host.toLowerCase();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (h.endsWith(".")) h = h.slice(0, -1);
  // URLs carry IDN hosts as punycode; an allowlist written as "bücher.example" must match them.
  if (/[^\x00-\x7f]/.test(h)) h = domainToASCII(h) || h;
  return h;
}

export function parseAllowlist(value: string | undefined): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((h) => normalizeHost(h.trim()))
      .filter(Boolean),
  );
}

/**
 * Resolves a host and refuses it unless every address is public (one private answer is enough to
 * refuse: a rebinding resolver may rotate between them). Allowlisted hosts skip the check only.
 */
export async function resolveChecked(
  hostname: string,
  url: string,
  resolver: Resolver,
  allowlist: Set<string>,
): Promise<ResolvedAddress[]> {
  const host = normalizeHost(hostname);
  const allowlisted = allowlist.has(host);
  if (isIpLiteral(host)) {
    const verdict = classifyAddress(host);
    if (!verdict.allowed && !allowlisted)
      refuse(url, { host, address: host, range: verdict.range });
    return [{ address: host, family: host.includes(":") ? 6 : 4 }];
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolver(host);
  } catch (err) {
    throw new FetchError("dns_failed", `Could not resolve ${host}`, url, { cause: err });
  }
  if (addresses.length === 0) throw new FetchError("dns_failed", `Could not resolve ${host}`, url);
  if (!allowlisted) {
    for (const a of addresses) {
      const verdict = classifyAddress(a.address);
      if (!verdict.allowed) refuse(url, { host, address: a.address, range: verdict.range });
    }
  }
  return addresses;
}

/**
 * A `net.connect` lookup that checks the addresses it hands to the socket, so the address that was
 * checked is the address connected to: nothing can rebind between check and connect.
 */
export function guardedLookup(resolver: Resolver, allowlist: Set<string>): LookupFunction {
  return (hostname, options, callback) => {
    resolveChecked(hostname, hostname, resolver, allowlist).then(
      (addresses) => {
        const wanted =
          options.family === 4 || options.family === 6
            ? addresses.filter((a) => a.family === options.family)
            : addresses;
        const list = wanted.length ? wanted : addresses;
        if (options.all)
          (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, "", 4),
    );
  };
}
