import { startDnsServer, type DnsServer, type ZoneRecord } from "../enricher/helpers/dns-server";

/**
 * A loopback DNS server for the enricher's e-mail checks in pipeline tests and the bench: every
 * domain has a mail server (mx.<domain>), so verify_email's MX lookup gets a real answer without
 * leaving the machine. Point the enricher at it with DNS_SERVERS (see useFixtureDns).
 */
export function startFixtureDns(): Promise<DnsServer> {
  const everyDomainHasMail = new Proxy({} as Record<string, ZoneRecord>, {
    get: (_zone, name) =>
      typeof name === "string"
        ? { mx: [{ preference: 10, exchange: `mx.${name}` }], a: ["127.0.0.1"] }
        : undefined,
  });
  return startDnsServer(everyDomainHasMail);
}

/** Starts the fixture DNS and points MCP servers started afterwards (they inherit env) at it. */
export async function useFixtureDns(): Promise<DnsServer> {
  const dns = await startFixtureDns();
  process.env.DNS_SERVERS = `${dns.address}:${dns.port}`;
  // This server answers from the test process, whose event loop also runs the whole pipeline:
  // on a loaded machine an answer can take longer than the enricher's 3 s default, and a timed-out
  // lookup reports mx: null, which these tests assert never happens.
  process.env.DNS_TIMEOUT_MS ??= "15000";
  return dns;
}
