import { env } from "@/lib/env";
import {
  classifyAddress,
  isFetchError,
  isIpLiteral,
  parseAllowlist,
  resolveChecked,
  systemResolver,
  type Resolver,
} from "@leadscout/http";

// Where an endpoint may point. Checked when it is created or changed (a clear 422), and again by
// the sender at every attempt (DNS can change after creation).

/** Hosts let past the SSRF guard (and allowed plain http): SSRF_ALLOWLIST, read on every call. */
export function webhookAllowlist(): Set<string> {
  return parseAllowlist(env().SSRF_ALLOWLIST);
}

const DNS_CHECK_MS = 3_000;
// Names that only ever mean "this machine" or "this network": refused without asking DNS.
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i;

let resolver: Resolver = systemResolver;
/** Tests point name resolution at a fake to stay off the network. */
export function setUrlPolicyResolver(r: Resolver | undefined): void {
  resolver = r ?? systemResolver;
}

/**
 * Every problem with an endpoint URL (empty when it is acceptable): malformed, not https, with
 * credentials, or pointing at a private, loopback, link-local or metadata address. A name that
 * does not resolve right now is accepted; the sender checks it again at every attempt.
 */
export async function endpointUrlProblems(raw: string): Promise<string[]> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return ["Not a valid URL"];
  }
  const allowlist = webhookAllowlist();
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const allowlisted = allowlist.has(host);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowlisted))
    return [url.protocol === "http:" ? "Must use https" : "Must be an https URL"];
  if (url.username || url.password) return ["Must not contain a user name or password"];
  if (url.hash) return ["Must not contain a #fragment"];
  if (allowlisted) return [];
  if (isIpLiteral(host)) {
    const verdict = classifyAddress(host);
    return verdict.allowed ? [] : [`Must be a public address, not ${verdict.range} (${host})`];
  }
  if (LOCAL_NAMES.test(host) || !host.includes("."))
    return [`Must be a public host name, not ${host}`];
  try {
    await Promise.race([
      resolveChecked(host, url.href, resolver, allowlist),
      new Promise((resolve) => setTimeout(resolve, DNS_CHECK_MS).unref()),
    ]);
  } catch (err) {
    // The message names no address: what a name resolves to inside our network is not the
    // caller's business (the guard logs it).
    if (isFetchError(err) && err.code === "blocked_address")
      return [`Must resolve to a public address (${err.message})`];
  }
  return [];
}
