import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  enrichmentCall,
  startFakeProviders,
  type FakeProviders,
} from "../provider-keys/fake-providers";
import { startDnsServer, type DnsServer } from "./helpers/dns-server";
import { connectEnricher } from "./helpers/mcp-client";

// enrich_company and verify_email with a caller's own Hunter and Apollo keys (an organization's),
// over stdio against loopback Hunter and Apollo APIs: the call uses the caller's key, the next
// call without one the server's own; answers bought with one key are not served to another; a
// refused key never falls back to the server's; the keys never come back or reach the logs.

const PLATFORM_HUNTER = "platform-hunter-key-0001";
const PLATFORM_APOLLO = "platform-apollo-key-0002";
const ORG_HUNTER = "org-own-hunter-key-AAAA";
const ORG_APOLLO = "org-own-apollo-key-BBBB";
const BAD_KEY = "org-revoked-hunter-key-CCCC";
const ORG_KEYS = [ORG_HUNTER, ORG_APOLLO, BAD_KEY];

let dns: DnsServer;
let fake: FakeProviders;
let client: Client;
let close: () => Promise<void>;
let stderr: () => string;

type Structured = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  // Every domain has a mail server (so the offline checks leave the verdict to Hunter) and no
  // website (so the company waterfall goes on to Apollo and Hunter).
  const mx = (d: string) => ({ mx: [{ preference: 10, exchange: `mx.${d}` }] });
  dns = await startDnsServer({
    "acme.com": mx("acme.com"),
    "beta.com": mx("beta.com"),
    "gamma.com": mx("gamma.com"),
    "delta.com": mx("delta.com"),
  });
  fake = await startFakeProviders([PLATFORM_HUNTER, PLATFORM_APOLLO, ORG_HUNTER, ORG_APOLLO]);
  ({ client, close, stderr } = await connectEnricher({
    SSRF_ALLOWLIST: "127.0.0.1",
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
    DNS_TIMEOUT_MS: "1500",
    PROVIDER_TIMEOUT_MS: "3000",
    HUNTER_API_KEY: PLATFORM_HUNTER,
    HUNTER_BASE_URL: fake.url,
    APOLLO_API_KEY: PLATFORM_APOLLO,
    APOLLO_BASE_URL: fake.url,
    LOG_LEVEL: "debug",
  }));
});

afterAll(async () => {
  await close?.();
  await fake?.close();
  await dns?.close();
});

/** Calls a tool; everything it answers is checked for the callers' keys. */
async function call(name: string, args: Record<string, unknown>) {
  const res = await client.callTool({ name, arguments: args });
  const text = JSON.stringify(res);
  for (const key of ORG_KEYS) expect(text).not.toContain(key);
  return { isError: Boolean(res.isError), data: res.structuredContent as Structured, text };
}

/** The enrichment requests the fake providers saw during `fn`, as [provider, key]. */
async function callsDuring(fn: () => Promise<unknown>): Promise<[string, string][]> {
  const before = fake.seen.length;
  await fn();
  return fake.seen.slice(before).flatMap((r) => {
    const c = enrichmentCall(r);
    return c ? [[c.provider, c.key] as [string, string]] : [];
  });
}

describe("verify_email with the caller's own Hunter key", () => {
  it("uses the caller's key, the server's without one, and keeps their answers apart", async () => {
    const args = { email: "jane@acme.com" };
    let r: Awaited<ReturnType<typeof call>> | undefined;
    expect(
      await callsDuring(
        async () =>
          (r = await call("verify_email", { ...args, provider_keys: { hunter: ORG_HUNTER } })),
      ),
    ).toEqual([["hunter", ORG_HUNTER]]);
    expect(r!.data).toMatchObject({ status: "valid", provider: "hunter" });

    // The platform's callers do not get the answer the organization's key paid for.
    expect(await callsDuring(() => call("verify_email", args))).toEqual([
      ["hunter", PLATFORM_HUNTER],
    ]);
    // The same key again: its own cached answer, no request.
    expect(
      await callsDuring(
        async () =>
          (r = await call("verify_email", { ...args, provider_keys: { hunter: ORG_HUNTER } })),
      ),
    ).toEqual([]);
    expect(r!.data.attempts.find((a: Structured) => a.provider === "hunter")).toMatchObject({
      outcome: "filled",
      cached: true,
    });
  });

  it("never falls back to the server's key when the caller's is refused", async () => {
    let r: Awaited<ReturnType<typeof call>> | undefined;
    expect(
      await callsDuring(
        async () =>
          (r = await call("verify_email", {
            email: "joe@beta.com",
            provider_keys: { hunter: BAD_KEY },
          })),
      ),
    ).toEqual([["hunter", BAD_KEY]]);
    expect(r!.isError).toBe(false);
    expect(r!.data).toMatchObject({ status: "unknown", provider: "checks" });
    expect(r!.data.attempts.find((a: Structured) => a.provider === "hunter")).toMatchObject({
      outcome: "unauthorized",
    });
    // The refused key opened no circuit for anyone else: the server's key still works.
    expect(await callsDuring(() => call("verify_email", { email: "joe@beta.com" }))).toEqual([
      ["hunter", PLATFORM_HUNTER],
    ]);
  });

  it("calls no Hunter at all for a caller that skips it", async () => {
    expect(
      await callsDuring(() =>
        call("verify_email", { email: "ann@gamma.com", skip_providers: ["hunter"] }),
      ),
    ).toEqual([]);
  });

  it("refuses a malformed key without echoing it", async () => {
    const malformed = "has spaces in-it-9999";
    const r = await call("verify_email", {
      email: "a@acme.com",
      provider_keys: { hunter: malformed },
    });
    expect(r.isError).toBe(true);
    expect(r.text).not.toContain(malformed);
  });
});

describe("enrich_company with the caller's own keys", () => {
  it("asks Apollo and Hunter on the caller's keys", async () => {
    let r: Awaited<ReturnType<typeof call>> | undefined;
    const calls = await callsDuring(
      async () =>
        (r = await call("enrich_company", {
          domain: "acme.com",
          provider_keys: { hunter: ORG_HUNTER, apollo: ORG_APOLLO },
        })),
    );

    expect(calls).toEqual([
      ["apollo", ORG_APOLLO],
      ["hunter", ORG_HUNTER],
    ]);
    expect(r!.data).toMatchObject({ name: "Apollo acme.com", founded: 2011 });
    expect(r!.data.fields.founded.provider).toBe("apollo");
  });

  it("uses the server's key for a provider the caller has none for, and skips one it skips", async () => {
    expect(
      await callsDuring(() =>
        call("enrich_company", { domain: "delta.com", provider_keys: { apollo: ORG_APOLLO } }),
      ),
    ).toEqual([
      ["apollo", ORG_APOLLO],
      ["hunter", PLATFORM_HUNTER],
    ]);
    expect(
      await callsDuring(() =>
        call("enrich_company", {
          domain: "gamma.com",
          provider_keys: { apollo: ORG_APOLLO },
          skip_providers: ["hunter"],
        }),
      ),
    ).toEqual([["apollo", ORG_APOLLO]]);
  });

  it("kept every caller's key out of the server's logs", () => {
    expect(stderr().length).toBeGreaterThan(0); // debug logging was on
    for (const key of ORG_KEYS) expect(stderr()).not.toContain(key);
  });
});
