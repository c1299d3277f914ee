import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createSafeFetch,
  FetchError,
  REFUSED_MESSAGE as REFUSED,
  systemResolver,
  type Resolver,
} from "@leadscout/http";
import { startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { startScraper } from "./helpers/mcp-client";

// Every hostile target points at a loopback server that counts requests: if any guard let one
// through, the counter would move. The redirector lives on 127.0.0.2, the only allowlisted host.
let victim: FixtureServer;
let redirector: FixtureServer;

const answers: Record<string, string[]> = {
  "intranet.corp.test": ["10.1.2.3"],
  "loopback.attacker.test": ["127.0.0.1"],
  "mixed.attacker.test": ["8.8.8.8", "127.0.0.1"],
  "v6loop.attacker.test": ["::1"],
  "metadata.attacker.test": ["169.254.169.254"],
  "mapped.attacker.test": ["::ffff:127.0.0.1"],
};
let rebindCalls = 0;
const hostileDns: Resolver = async (host) => {
  // A rebinding resolver: harmless the first time, loopback afterwards.
  if (host === "rebind.attacker.test")
    return [{ address: rebindCalls++ === 0 ? "192.0.43.10" : "127.0.0.1", family: 4 }];
  const list = answers[host];
  if (!list) return systemResolver(host);
  return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

function hostileTargets(p: number): [string, string][] {
  return [
    ["loopback literal", `http://127.0.0.1:${p}/`],
    ["localhost (system DNS)", `http://localhost:${p}/`],
    ["decimal IPv4", `http://2130706433:${p}/`],
    ["hex IPv4", `http://0x7f000001:${p}/`],
    ["octal IPv4", `http://0177.0.0.1:${p}/`],
    ["short IPv4", `http://127.1:${p}/`],
    ["mixed-radix IPv4", `http://0x7f.0.0.1:${p}/`],
    ["trailing-dot IPv4", `http://127.0.0.1.:${p}/`],
    ["full-width digits", `http://１２７.０.０.１:${p}/`],
    ["other loopback /8", `http://127.5.6.7:${p}/`],
    ["unspecified 0.0.0.0", `http://0.0.0.0:${p}/`],
    ["IPv6 loopback", `http://[::1]:${p}/`],
    ["IPv6 unspecified", `http://[::]:${p}/`],
    ["IPv4-mapped IPv6", `http://[::ffff:127.0.0.1]:${p}/`],
    ["IPv4-mapped IPv6, hex", `http://[0:0:0:0:0:ffff:7f00:1]:${p}/`],
    ["IPv4-compatible IPv6", `http://[::127.0.0.1]:${p}/`],
    ["NAT64", `http://[64:ff9b::7f00:1]:${p}/`],
    ["6to4 embedding loopback", `http://[2002:7f00:1::]:${p}/`],
    ["cloud metadata", `http://169.254.169.254:${p}/latest/meta-data/`],
    ["AWS IPv6 metadata", `http://[fd00:ec2::254]:${p}/`],
    ["private 10/8", `http://10.0.0.1:${p}/`],
    ["private 172.16/12", `http://172.16.0.1:${p}/`],
    ["private 192.168/16", `http://192.168.1.1:${p}/`],
    ["CGNAT 100.64/10", `http://100.64.0.1:${p}/`],
    ["multicast", `http://224.0.0.1:${p}/`],
    ["link-local IPv6", `http://[fe80::1]:${p}/`],
    ["unique-local IPv6", `http://[fc00::1]:${p}/`],
    ["name resolving to loopback", `http://loopback.attacker.test:${p}/`],
    ["name resolving to private", `http://intranet.corp.test:${p}/`],
    ["name with one loopback answer among public ones", `http://mixed.attacker.test:${p}/`],
    ["name resolving to ::1", `http://v6loop.attacker.test:${p}/`],
    ["name resolving to metadata", `http://metadata.attacker.test:${p}/`],
    ["name resolving to IPv4-mapped loopback", `http://mapped.attacker.test:${p}/`],
  ];
}

const schemes = [
  "file:///etc/passwd",
  "gopher://127.0.0.1:70/_x",
  "ftp://127.0.0.1/",
  "data:text/html,<p>x</p>",
  "javascript:alert(1)",
];

beforeAll(async () => {
  victim = await startFixtureServer({}, (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<p>secret@internal-only.corp</p>");
  });
  redirector = await startFixtureServer(
    {},
    (req, res) => {
      if (!req.url?.startsWith("/to/")) {
        res.writeHead(404);
        return res.end();
      }
      const to = decodeURIComponent((req.url ?? "").replace(/^\/to\//, ""));
      // Header values must be ASCII: send the URL as a browser would have normalised it.
      res.writeHead(302, { location: new URL(to).href });
      res.end();
    },
    "127.0.0.2",
  );
});
afterAll(async () => {
  await victim?.close();
  await redirector?.close();
});

describe("SSRF guard in lib/http", () => {
  const fetch = () => createSafeFetch({ allowlist: ["127.0.0.2"], resolver: hostileDns });

  it("has at least 20 hostile targets", () => {
    expect(hostileTargets(1).length + schemes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(hostileTargets(0).map(([name], i) => [name, i] as const))(
    "refuses %s",
    async (_name, i) => {
      const [, url] = hostileTargets(victim.port)[i]!;
      const err = await fetch()(url, { timeoutMs: 5_000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect((err as FetchError).code).toBe("blocked_address");
      expect(victim.totalHits()).toBe(0);
    },
  );

  it("tells the caller only that it refused; the resolved address goes to the server log", async () => {
    const logged: string[] = [];
    const spy = [process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, "write").mockImplementation((chunk) => {
        logged.push(String(chunk));
        return true;
      }),
    );
    try {
      for (const host of ["intranet.corp.test", "mixed.attacker.test", "metadata.attacker.test"]) {
        const err = await fetch()(`http://${host}:${victim.port}/`).catch((e: unknown) => e);
        expect((err as FetchError).code).toBe("blocked_address");
        // Exactly the generic sentence: no resolved address, no range name, nothing to map.
        expect((err as FetchError).message, host).toBe(REFUSED);
        expect(String((err as FetchError).stack), host).not.toMatch(
          /10\.1\.2\.3|127\.0\.0\.1|169\.254/,
        );
      }
    } finally {
      for (const s of spy) s.mockRestore();
    }
    const lines = logged.filter((l) => l.includes('"ssrf.refused"')).map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        host: "intranet.corp.test",
        address: "10.1.2.3",
        range: "private",
      }),
      expect.objectContaining({
        host: "mixed.attacker.test",
        address: "127.0.0.1",
        range: "loopback",
      }),
      expect.objectContaining({ host: "metadata.attacker.test", address: "169.254.169.254" }),
    ]);
  });

  it.each(schemes)("refuses the non-HTTP URL %s", async (url) => {
    const err = await fetch()(url).catch((e: unknown) => e);
    expect((err as FetchError).code).toBe("blocked_scheme");
  });

  it.each(
    hostileTargets(0)
      .slice(0, 20)
      .map(([name], i) => [name, i] as const),
  )("refuses a redirect to %s", async (_name, i) => {
    const [, target] = hostileTargets(victim.port)[i]!;
    const err = await fetch()(`${redirector.origin}/to/${encodeURIComponent(target)}`, {
      timeoutMs: 5_000,
    }).catch((e: unknown) => e);
    expect((err as FetchError).code).toBe("blocked_address");
    expect(victim.totalHits()).toBe(0);
  });

  it("connects to the address it checked, so a rebinding resolver cannot swap in loopback", async () => {
    rebindCalls = 0;
    const err = await fetch()(`http://rebind.attacker.test:${victim.port}/`, {
      timeoutMs: 1_500,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(rebindCalls).toBe(1);
    expect(victim.totalHits()).toBe(0);
  });

  it("still fetches an allowlisted host (the guard is not simply refusing everything)", async () => {
    const res = await fetch()(
      `${redirector.origin}/to/${encodeURIComponent(`${redirector.origin}/x`)}`,
      { maxRedirects: 0 },
    ).catch((e: unknown) => e);
    expect((res as FetchError).code).toBe("too_many_redirects");
    expect(redirector.totalHits()).toBeGreaterThan(0);
  });
});

describe("SSRF guard through the scrape_url tool", () => {
  it("fetches none of the hostile targets, directly or by redirect, and keeps serving", async () => {
    const scraper = await startScraper({ SSRF_ALLOWLIST: "127.0.0.2" });
    try {
      const targets = hostileTargets(victim.port).filter(([name]) => !name.startsWith("name "));
      for (const [name, url] of targets) {
        for (const via of [url, `${redirector.origin}/to/${encodeURIComponent(url)}`]) {
          const res = await scraper.client.callTool({
            name: "scrape_url",
            arguments: { url: via, options: { render: "http", timeoutMs: 5_000 } },
          });
          const out = res.structuredContent as { status: string; error: string } | undefined;
          expect(out?.status, `${name} via ${via}`).toBe("error");
          expect(out?.error, name).toBe(REFUSED);
        }
      }
      for (const [name, url] of targets.slice(0, 12)) {
        for (const sitemapUrl of [
          url,
          `${url}sitemap.xml`,
          `${redirector.origin}/to/${encodeURIComponent(`${url}sitemap.xml`)}`,
        ]) {
          const res = await scraper.client.callTool({
            name: "scrape_sitemap",
            arguments: { sitemap_url: sitemapUrl },
          });
          expect(res.isError, `${name}: ${sitemapUrl}`).toBe(true);
          expect((res.content as { text: string }[])[0]!.text, name).toContain(REFUSED);
        }
      }
      for (const url of schemes) {
        const res = await scraper.client.callTool({ name: "scrape_url", arguments: { url } });
        expect(res.isError, url).toBe(true);
      }
      expect(victim.totalHits()).toBe(0);
      expect((await scraper.client.listTools()).tools).toHaveLength(5);
    } finally {
      await scraper.close();
    }
  });
});
