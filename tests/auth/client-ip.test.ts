import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp, parseTrustedProxies } from "@/lib/auth/client-ip";
import { stampPeerAddresses } from "@/lib/auth/peer-address";

// The address limits and lockouts are counted under comes from the TCP connection unless the
// connection is from a configured proxy: a real HTTP server on loopback, with the same stamp the
// app installs at start-up, asked by clients that forge X-Forwarded-For (and the stamp header).

let server: http.Server;
let port: number;
let trusted = parseTrustedProxies("");

beforeAll(async () => {
  stampPeerAddresses();
  server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    res.end(clientIp(headers, trusted) ?? "none");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function ask(headers: Record<string, string>): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return res.text();
}

describe("clientIp with no TRUSTED_PROXIES (the default)", () => {
  it("is the socket address, whatever X-Forwarded-For, X-Real-IP or the stamp header claim", async () => {
    trusted = parseTrustedProxies("");
    expect(await ask({})).toBe("127.0.0.1");
    expect(await ask({ "x-forwarded-for": "203.0.113.9" })).toBe("127.0.0.1");
    expect(await ask({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" })).toBe("127.0.0.1");
    expect(await ask({ "x-real-ip": "203.0.113.9" })).toBe("127.0.0.1");
    expect(await ask({ "x-leadscout-peer": "203.0.113.9" })).toBe("127.0.0.1");
  });
});

describe("clientIp behind configured proxies", () => {
  it("believes each trusted hop for the entry it appended, and nothing left of the client", async () => {
    // The loopback peer is our reverse proxy; 10.0.0.0/8 is the load balancer in front of it.
    trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    // The proxy appended the address it saw: that is the client.
    expect(await ask({ "x-forwarded-for": "198.51.100.7" })).toBe("198.51.100.7");
    // A client-written entry to the left of the real one is ignored.
    expect(await ask({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" })).toBe("198.51.100.7");
    // Through the load balancer too: skip every trusted hop from the right.
    expect(await ask({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.1.2.3" })).toBe(
      "198.51.100.7",
    );
    // Nothing forwarded: the proxy itself is the client (a health check, say).
    expect(await ask({})).toBe("127.0.0.1");
  });

  it("does not trust X-Forwarded-For from a peer outside the list", async () => {
    trusted = parseTrustedProxies("10.0.0.0/8");
    expect(await ask({ "x-forwarded-for": "198.51.100.7" })).toBe("127.0.0.1");
  });
});
