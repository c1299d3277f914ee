import { Resolver } from "node:dns/promises";

export type MxResult =
  | { status: "found"; hosts: string[] }
  | { status: "none"; reason: string }
  | { status: "error"; reason: string };

const NOT_FOUND = new Set(["ENOTFOUND", "NXDOMAIN"]);
const NO_DATA = new Set(["ENODATA", "NODATA"]);

// DNS runs over UDP, where a query or its answer can be lost without a word: ask up to three
// times. c-ares doubles the wait after each try (t, 2t, 4t), so t = timeout / 7 keeps all three
// within the caller's timeout.
const DNS_TRIES = 3;

/** Node's DNS resolver pointed at DNS_SERVERS (or the system's), its tries within `timeoutMs`. */
export function createDnsResolver(servers: string[] | undefined, timeoutMs: number): Resolver {
  const perTry = Math.max(100, Math.floor(timeoutMs / (2 ** DNS_TRIES - 1)));
  const resolver = new Resolver({ timeout: perTry, tries: DNS_TRIES });
  if (servers?.length) resolver.setServers(servers);
  return resolver;
}

export function parseDnsServers(value: string | undefined): string[] | undefined {
  const list = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : undefined;
}

/**
 * MX hosts by preference. NXDOMAIN and "no MX" are answers (the address cannot receive mail);
 * a timeout or SERVFAIL is not, and leaves the check open. A Null MX (RFC 7505: one record whose
 * exchange is ".") says explicitly that the domain takes no mail.
 */
export async function lookupMx(
  resolver: Resolver,
  domain: string,
  timeoutMs: number,
): Promise<MxResult> {
  let timer: NodeJS.Timeout | undefined;
  // This caps the whole lookup, whatever c-ares's own timing of its tries.
  const deadline = new Promise<MxResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: "error", reason: `DNS did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const lookup = resolver.resolveMx(domain).then(
    (records): MxResult => {
      const hosts = records
        .filter((r) => r.exchange && r.exchange !== ".")
        .sort((a, b) => a.priority - b.priority)
        .map((r) => r.exchange.toLowerCase().replace(/\.$/, ""));
      if (hosts.length) return { status: "found", hosts };
      return records.length
        ? { status: "none", reason: "the domain publishes a Null MX: it accepts no mail" }
        : { status: "none", reason: "the domain has no MX records" };
    },
    (err: NodeJS.ErrnoException): MxResult => {
      const code = err.code ?? "";
      if (NOT_FOUND.has(code))
        return { status: "none", reason: "the domain does not exist (NXDOMAIN)" };
      if (NO_DATA.has(code)) return { status: "none", reason: "the domain has no MX records" };
      if (code === "ETIMEOUT")
        return { status: "error", reason: `DNS did not answer within ${timeoutMs} ms` };
      return { status: "error", reason: `DNS lookup failed (${code || err.message})` };
    },
  );
  try {
    return await Promise.race([lookup, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
