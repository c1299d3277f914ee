import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrichCompany } from "@/mcp-servers/enricher/src/lib/enrich-company";
import { enricherWith } from "./helpers/enricher";
import { startFixtureSite } from "./helpers/fixture-sites";
import type { TestServer } from "./helpers/http-server";
import { startUpstashStub, type UpstashStub } from "./helpers/upstash-rest";

// The shared cache through the official @upstash/redis client: two enricher instances (two
// processes in production) share one site visit.
let site: TestServer;
let upstash: UpstashStub;
beforeAll(async () => {
  site = await startFixtureSite("acme");
  upstash = await startUpstashStub("tok");
});
afterAll(async () => Promise.all([site?.close(), upstash?.close()]));

const env = () => ({
  UPSTASH_REDIS_REST_URL: upstash.origin,
  UPSTASH_REDIS_REST_TOKEN: "tok",
  ENRICH_CACHE_TTL_SECONDS: "600",
});

describe("Upstash cache", () => {
  it("stores provider results with a TTL and serves them to another instance", async () => {
    const first = enricherWith(env());
    expect(first.describe().cache).toBe("upstash");
    const a = await enrichCompany(first, site.origin);
    const homeFetches = site.requests.filter((r) => r.url.pathname === "/").length;
    expect(homeFetches).toBe(1);
    const set = upstash.commands.find((c) => String(c[0]).toLowerCase() === "set")!;
    expect(set[1]).toBe(`enricher:website:127.0.0.1:${site.port}`);
    expect(set.slice(3).map(String)).toEqual(["px", "600000"]);

    const second = enricherWith(env());
    const b = await enrichCompany(second, site.origin);
    expect(site.requests.filter((r) => r.url.pathname === "/").length).toBe(1);
    expect(b.name).toBe(a.name);
    expect(b.attempts[0]).toMatchObject({ provider: "website", cached: true });
  });

  it("keeps enriching when the cache is down", async () => {
    upstash.failing = true;
    const errors: unknown[] = [];
    const { createEnricher } = await import("@/mcp-servers/enricher/src/lib/enricher");
    const { parseEnricherEnv } = await import("@/mcp-servers/enricher/src/lib/config");
    const enricher = createEnricher(parseEnricherEnv({ SSRF_ALLOWLIST: "127.0.0.1", ...env() }), {
      onCacheError: (err) => errors.push(err),
    });
    const r = await enrichCompany(enricher, site.origin);
    expect(r.name).toBe("Acme Anvils");
    expect(r.attempts[0]).toMatchObject({ provider: "website", cached: false });
    expect(errors.length).toBeGreaterThan(0);
    upstash.failing = false;
  });
});
