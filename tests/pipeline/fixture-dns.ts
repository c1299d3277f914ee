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
  return dns;
}
