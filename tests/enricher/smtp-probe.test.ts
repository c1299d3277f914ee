import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyEmail } from "@/mcp-servers/enricher/src/lib/email/verify";
import { startDnsServer, type DnsServer } from "./helpers/dns-server";
import { enricherWith } from "./helpers/enricher";

// The opt-in SMTP probe against a real SMTP server on loopback: MX → A → RCPT TO, no DATA.
let dns: DnsServer;
let smtp: SMTPServer;
let port: number;
let dataSeen = false;
const MAILBOXES = new Set(["jane@strict.com"]);

beforeAll(async () => {
  dns = await startDnsServer({
    "strict.com": { mx: [{ preference: 10, exchange: "mx.strict.com" }] },
    "mx.strict.com": { a: ["127.0.0.1"] },
    "catchall.com": { mx: [{ preference: 10, exchange: "mx.catchall.com" }] },
    "mx.catchall.com": { a: ["127.0.0.1"] },
  });
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, cb) {
      const domain = address.address.split("@")[1];
      if (domain === "catchall.com" || MAILBOXES.has(address.address)) return cb();
      const err = Object.assign(new Error("No such user here"), { responseCode: 550 });
      cb(err);
    },
    onData(stream, _session, cb) {
      dataSeen = true;
      stream.resume();
      stream.on("end", () => cb());
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await dns?.close();
});

const enricher = () =>
  enricherWith({
    SSRF_ALLOWLIST: "mx.strict.com,mx.catchall.com",
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
    EMAIL_SMTP_PROBE: "1",
    EMAIL_SMTP_PORT: String(port),
  });

describe("SMTP probe (EMAIL_SMTP_PROBE=1)", () => {
  it("maps RCPT TO answers onto statuses without sending mail", async () => {
    const e = enricher();
    expect(await verifyEmail("jane@strict.com", e.email)).toMatchObject({
      status: "valid",
      provider: "smtp",
      checks: { smtp: "accepted" },
    });
    expect(await verifyEmail("nobody@strict.com", e.email)).toMatchObject({
      status: "invalid",
      provider: "smtp",
      checks: { smtp: "rejected" },
    });
    expect(await verifyEmail("anyone@catchall.com", e.email)).toMatchObject({
      status: "accept_all",
      checks: { smtp: "accept_all" },
    });
    expect(dataSeen).toBe(false);
  });

  it("is off unless switched on, and refuses MX hosts on private addresses", async () => {
    const off = enricherWith({
      DNS_SERVERS: `127.0.0.1:${dns.port}`,
      SSRF_ALLOWLIST: "mx.strict.com",
    });
    expect(await verifyEmail("jane@strict.com", off.email)).toMatchObject({
      status: "unknown",
      provider: "checks",
    });
    const blocked = enricherWith({
      DNS_SERVERS: `127.0.0.1:${dns.port}`,
      SSRF_ALLOWLIST: "",
      EMAIL_SMTP_PROBE: "1",
      EMAIL_SMTP_PORT: String(port),
    });
    const r = await verifyEmail("jane@strict.com", blocked.email);
    expect(r).toMatchObject({ status: "unknown", checks: { smtp: "unknown" } });
    expect(r.attempts.at(-1)).toMatchObject({
      provider: "smtp",
      outcome: "network",
      message: expect.stringContaining("refused: the address is private or reserved"),
    });
  });
});
