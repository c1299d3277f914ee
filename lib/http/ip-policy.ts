import ipaddr from "ipaddr.js";

// Only globally routable unicast addresses may be fetched. ipaddr.js names every special-purpose
// block (loopback, private, link-local, CGNAT, multicast, NAT64, 6to4, Teredo, IPv4-mapped, ...);
// anything that is not plain "unicast" is refused, so a newly named range fails closed.
const METADATA = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200"]);

export interface AddressVerdict {
  allowed: boolean;
  /** ipaddr.js range name, or "metadata" / "invalid". */
  range: string;
}

// Both answers below depend on the address text alone, and a crawler asks about the same few
// addresses on every request and redirect hop: they are remembered (a bounded table, oldest entry
// dropped first) instead of parsed again each time. The check itself still runs on every hop.
const MEMO_LIMIT = 1024;
const verdicts = new Map<string, Readonly<AddressVerdict>>();
const literals = new Map<string, boolean>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
  return value;
}

export function classifyAddress(address: string): Readonly<AddressVerdict> {
  return verdicts.get(address) ?? remember(verdicts, address, Object.freeze(classify(address)));
}

function classify(address: string): AddressVerdict {
  const raw = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  // Zone ids (fe80::1%eth0) only exist on link-local addresses.
  if (raw.includes("%")) return { allowed: false, range: "linkLocal" };
  if (!ipaddr.isValid(raw)) return { allowed: false, range: "invalid" };
  const ip = ipaddr.parse(raw);
  if (METADATA.has(ip.toString())) return { allowed: false, range: "metadata" };
  const range = ip.range();
  if (range !== "unicast") return { allowed: false, range };
  // Deprecated IPv4-compatible form ::a.b.c.d (first 96 bits zero) smuggles an IPv4 address.
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0)) {
    return { allowed: false, range: "ipv4Compatible" };
  }
  return { allowed: true, range };
}

/** True for literal IPv4/IPv6 hosts (after WHATWG URL normalisation of 0x7f.1, 2130706433, ...). */
export function isIpLiteral(host: string): boolean {
  const known = literals.get(host);
  if (known !== undefined) return known;
  const raw = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return remember(
    literals,
    host,
    ipaddr.isValid(raw) && (raw.includes(":") || /^\d+\.\d+\.\d+\.\d+$/.test(raw)),
  );
}
