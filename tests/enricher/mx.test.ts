import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsResolver, lookupMx } from "@/mcp-servers/enricher/src/lib/email/mx";
import { startDnsServer, type DnsServer } from "./helpers/dns-server";

// MX lookups through Node's resolver against a real DNS server on loopback (UDP, dns-packet).
let dns: DnsServer;
beforeAll(async () => {
  dns = await startDnsServer({
    "acme.com": {
      mx: [
        { preference: 20, exchange: "backup.acme.com" },
        { preference: 10, exchange: "MX1.acme.com" },
      ],
    },
    "web-only.com": { a: ["93.184.216.34"] },
    "no-mail.com": { mx: [{ preference: 0, exchange: "." }] },
    "slow.com": { hang: true },
    "lossy.com": { mx: [{ preference: 10, exchange: "mx.lossy.com" }], lose: 1 },
  });
});
afterAll(async () => dns?.close());

// Generous for answers (a loaded CI box can stall the event loop); only slow.com waits it out.
const resolver = () => createDnsResolver([`127.0.0.1:${dns.port}`], 3_000);

describe("lookupMx", () => {
  it("returns MX hosts in preference order", async () => {
    expect(await lookupMx(resolver(), "acme.com", 3_000)).toEqual({
      status: "found",
      hosts: ["mx1.acme.com", "backup.acme.com"],
    });
    expect(dns.queries).toContainEqual({ name: "acme.com", type: "MX" });
  });

  it("says so when a domain exists but has no MX", async () => {
    expect(await lookupMx(resolver(), "web-only.com", 3_000)).toEqual({
      status: "none",
      reason: "the domain has no MX records",
    });
  });

  it("recognises a Null MX", async () => {
    const r = await lookupMx(resolver(), "no-mail.com", 3_000);
    expect(r).toMatchObject({ status: "none", reason: expect.stringContaining("Null MX") });
  });

  it("reports NXDOMAIN as an answer", async () => {
    expect(await lookupMx(resolver(), "missing.com", 3_000)).toEqual({
      status: "none",
      reason: "the domain does not exist (NXDOMAIN)",
    });
  });

  it("asks again when a query is lost, within the same timeout (found, not timed out)", async () => {
    expect(await lookupMx(resolver(), "lossy.com", 3_000)).toEqual({
      status: "found",
      hosts: ["mx.lossy.com"],
    });
    expect(dns.queries.filter((q) => q.name === "lossy.com")).toHaveLength(2);
  });

  it("reports a silent server as an error, not as 'no mail'", async () => {
    const r = await lookupMx(resolver(), "slow.com", 300);
    expect(r).toMatchObject({ status: "error", reason: expect.stringContaining("did not answer") });
  });
});
