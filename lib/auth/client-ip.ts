import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";

/**
 * The request header carrying the TCP peer's address, written by the server itself for every
 * request (peer-address.ts) over anything a client sent under that name.
 */
export const PEER_HEADER = "x-leadscout-peer";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** The proxy hops whose X-Forwarded-For entries are believed: TRUSTED_PROXIES, IPs or CIDRs. */
export function parseTrustedProxies(value: string | undefined): Range[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s): Range => {
      // Peers are compared in canonical form (IPv4-mapped IPv6 as IPv4): write IPv4 ranges as such.
      if (s.includes("/")) return ipaddr.parseCIDR(s);
      const addr = ipaddr.process(s);
      return [addr, addr.kind() === "ipv4" ? 32 : 128];
    });
}

let cached: { source: string; ranges: Range[] } | undefined;
function trustedFromEnv(): Range[] {
  const source = env().TRUSTED_PROXIES;
  if (cached?.source !== source) cached = { source, ranges: parseTrustedProxies(source) };
  return cached.ranges;
}

/** An address in canonical form (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
function canonical(raw: string | null | undefined): string | null {
  let s = (raw ?? "").trim();
  if (!s) return null;
  // "[::1]:443" and "1.2.3.4:5678": some proxies add the port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  if (!ipaddr.isValid(s)) return null;
  return ipaddr.process(s).toString();
}

function isTrusted(address: string, ranges: Range[]): boolean {
  const addr = ipaddr.process(address);
  return ranges.some(
    ([net, bits]) =>
      addr.kind() === net.kind() && (addr as ipaddr.IPv4).match(net as ipaddr.IPv4, bits),
  );
}

/**
 * The client's address, for rate limits, lockouts and the audit trail. The TCP peer's address
 * is the answer unless the peer is one of TRUSTED_PROXIES (default: none); then each trusted hop
 * vouches for the X-Forwarded-For entry it appended, read from the right, and the first address
 * not in the list is the client. Entries further left were written by the client and are never
 * believed, so a caller cannot choose the address its limits are counted under.
 */
export function clientIp(headers: Headers, trusted: Range[] = trustedFromEnv()): string | null {
  const peer = canonical(headers.get(PEER_HEADER));
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").filter((s) => s.trim());
  if (!peer) {
    // No stamp (a runtime that skipped instrumentation, or a unit test): Next.js writes the
    // socket address as the only X-Forwarded-For entry when the client sent none, and a proxy
    // appends it, so the last entry is the nearest thing to the peer.
    return canonical(forwarded.at(-1));
  }
  let current = peer;
  for (let i = forwarded.length - 1; i >= 0 && isTrusted(current, trusted); i--) {
    const hop = canonical(forwarded[i]);
    if (!hop) break; // a trusted proxy never writes garbage: stop at the last good address
    current = hop;
  }
  return current;
}

/**
 * What per-address limits count: an IPv4 address, or the /64 an IPv6 address belongs to. One
 * subscriber is routed a whole /64 and may pick any of its 2^64 addresses per request.
 */
export function clientNetwork(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const addr = ipaddr.process(address);
  if (addr.kind() === "ipv4") return addr.toString();
  const parts = (addr as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
