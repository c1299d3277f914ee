import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "./errors";
import { createSafeFetch } from "./safe-fetch";

// The fetcher's own behaviour against a loopback server (allowlisted, as in tests everywhere).
let server: http.Server;
let origin: string;
const received: { method?: string; body: string; ua?: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ method: req.method, body, ua: req.headers["user-agent"] });
      if (req.url === "/moved") {
        res.writeHead(301, { location: "/page" });
        return res.end();
      }
      if (req.url === "/gzip") {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return res.end(gzipSync("<p>compressed ünïcode</p>"));
      }
      if (req.url === "/stall") {
        res.writeHead(200, { "content-type": "text/html" });
        return res.write("<p>");
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<p>page</p>");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("safe fetch", () => {
  const fetch = createSafeFetch({ allowlist: ["127.0.0.1"], userAgent: "LeadscoutBot/test" });

  it("follows GET redirects and reports the final URL and hops", async () => {
    const res = await fetch(`${origin}/moved`);
    expect(res).toMatchObject({
      status: 200,
      finalUrl: `${origin}/page`,
      redirects: [`${origin}/page`],
    });
    expect(res.text()).toBe("<p>page</p>");
    expect(received.at(-1)?.ua).toBe("LeadscoutBot/test");
  });

  it("sends POST bodies and never follows a redirect for them", async () => {
    const res = await fetch(`${origin}/moved`, {
      method: "POST",
      body: '{"event":"job.completed"}',
      accept: "any",
    });
    expect(res.status).toBe(301);
    expect(received.at(-1)).toMatchObject({ method: "POST", body: '{"event":"job.completed"}' });
  });

  it("decompresses gzip and decodes the charset", async () => {
    expect((await fetch(`${origin}/gzip`)).text()).toBe("<p>compressed ünïcode</p>");
  });

  it("gives up on a body that stops arriving (idle timeout) with a typed error", async () => {
    const err = await fetch(`${origin}/stall`, { idleTimeoutMs: 300, timeoutMs: 10_000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe("idle_timeout");
  });

  it("refuses redirects past the cap", async () => {
    await expect(fetch(`${origin}/moved`, { maxRedirects: 0 })).rejects.toMatchObject({
      code: "too_many_redirects",
    });
  });
});
