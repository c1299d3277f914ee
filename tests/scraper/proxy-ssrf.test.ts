import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetch, FetchError, type Resolver } from "@leadscout/http";
import { BrowserEngine } from "@/mcp-servers/scraper/src/lib/crawl/browser-engine";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";

// SCRAPER_PROXIES: the request leaves through an operator's proxy, but the SSRF guard still
// decides the address. The proxy here is a real loopback CONNECT/HTTP proxy with split-horizon
// DNS, as a proxy inside another network has: `split.attacker.test` is public to the guard and
// 127.0.0.1 (the victim) to the proxy. A proxy asked for the name would resolve it itself, after
// the guard's check, and reach the victim; asked for the address the guard approved, it cannot.

const PUBLIC = "93.184.216.34";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** What the guard's DNS answers. */
const guardDns: Resolver = async (host) => {
  const answers: Record<string, string> = {
    "split.attacker.test": PUBLIC,
    "intranet.corp.test": "10.1.2.3",
    "fine.test": "127.0.0.1", // allowlisted below: the positive control
  };
  const a = answers[host];
  if (!a) throw new Error(`NXDOMAIN ${host}`);
  return [{ address: a, family: 4 }];
};

/** What the proxy's own DNS answers: every test name is the victim's loopback address. */
function proxyDns(host: string): string {
  return net.isIP(host) ? host : "127.0.0.1";
}

interface TestProxy {
  url: string;
  /** The authority (host:port) of every CONNECT and absolute-form request, as asked. */
  asked: string[];
  close(): Promise<void>;
}

/**
 * A forward proxy that resolves names itself and connects only on loopback (anything else gets a
 * 502: the tests never leave the machine).
 */
async function startTestProxy(): Promise<TestProxy> {
  const asked: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const target = new URL(req.url ?? "");
    asked.push(target.host);
    const address = proxyDns(target.hostname.replace(/^\[|\]$/g, ""));
    if (address !== "127.0.0.1") return void res.writeHead(502).end();
    const up = http.request(
      { host: address, port: target.port, path: target.pathname, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on("error", () => res.destroy());
    req.pipe(up);
  });
  server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    client.on("error", () => undefined);
    asked.push(req.url ?? "");
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? "");
    const address = m ? proxyDns(m[1]!) : "";
    if (address !== "127.0.0.1") return void client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
    const up = net.connect(Number(m![2]), address, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on("error", () => client.destroy());
    client.on("close", () => up.destroy());
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

let victim: FixtureServer;
let proxy: TestProxy;
const hosts: string[] = [];

beforeAll(async () => {
  victim = await startFixtureServer({}, (req, res) => {
    hosts.push(req.headers.host ?? "");
    html("<html><body><p>secret@internal-only.corp</p></body></html>")(req, res);
  });
  proxy = await startTestProxy();
});

afterAll(async () => {
  await victim?.close();
  await proxy?.close();
});

function reset(): void {
  proxy.asked.length = 0;
  hosts.length = 0;
  victim.hits.clear();
}

describe("lib/http through a proxy", () => {
  const fetch = () => createSafeFetch({ resolver: guardDns, allowlist: ["fine.test"] });

  it("asks the proxy for the checked address, so its own DNS cannot reach a private one", async () => {
    reset();
    const out = await fetch()(`http://split.attacker.test:${victim.port}/`, {
      proxy: proxy.url,
      timeoutMs: 5_000,
    }).catch((e: unknown) => e);
    expect(victim.totalHits()).toBe(0);
    expect(proxy.asked).toEqual([`${PUBLIC}:${victim.port}`]);
    expect(out).toBeInstanceOf(FetchError);
  });

  it("refuses a name the guard sees as private before the proxy hears of it", async () => {
    reset();
    const err = await fetch()(`http://intranet.corp.test:${victim.port}/`, {
      proxy: proxy.url,
    }).catch((e: unknown) => e);
    expect((err as FetchError).code).toBe("blocked_address");
    expect(proxy.asked).toEqual([]);
    expect(victim.totalHits()).toBe(0);
  });

  it("still fetches an allowed host through the proxy, under its own name", async () => {
    reset();
    const res = await fetch()(`http://fine.test:${victim.port}/`, { proxy: proxy.url });
    expect(res.status).toBe(200);
    expect(res.text()).toContain("secret@internal-only.corp");
    expect(res.finalUrl).toBe(`http://fine.test:${victim.port}/`);
    expect(proxy.asked).toEqual([`127.0.0.1:${victim.port}`]);
    expect(hosts).toEqual([`fine.test:${victim.port}`]);
  });
});

describe.skipIf(!fs.existsSync(CHROMIUM))("Chromium through a proxy", () => {
  let browser: BrowserEngine;
  beforeAll(() => {
    browser = new BrowserEngine(CHROMIUM, {
      userAgent: "LeadscoutBot/test",
      resolver: guardDns,
      allowlist: ["fine.test"],
      proxyFor: () => proxy.url,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  const budget = () => ({ deadline: Date.now() + 30_000, timeoutMs: 30_000 });

  it("never hands the proxy a name to resolve", async () => {
    reset();
    const out = await browser
      .fetchPage(`http://split.attacker.test:${victim.port}/`, budget())
      .catch((e: unknown) => e);
    expect(victim.totalHits()).toBe(0);
    expect(proxy.asked.every((a) => a === `${PUBLIC}:${victim.port}`)).toBe(true);
    expect((out as { html?: string }).html ?? "").not.toContain("secret@internal-only.corp");
  });

  it("renders an allowed host through the proxy, under its own name", async () => {
    reset();
    const page = await browser.fetchPage(`http://fine.test:${victim.port}/`, budget());
    expect(page.html).toContain("secret@internal-only.corp");
    expect(proxy.asked.length).toBeGreaterThan(0);
    expect(proxy.asked.every((a) => a === `127.0.0.1:${victim.port}`)).toBe(true);
    expect(hosts.every((h) => h === `fine.test:${victim.port}`)).toBe(true);
  });
});
