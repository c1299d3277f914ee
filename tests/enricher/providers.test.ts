import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrichCompany } from "@/mcp-servers/enricher/src/lib/enrich-company";
import { verifyEmail } from "@/mcp-servers/enricher/src/lib/email/verify";
import { lookupLinkedin } from "@/mcp-servers/enricher/src/lib/linkedin/lookup";
import { startDnsServer, type DnsServer } from "./helpers/dns-server";
import { enricherWith } from "./helpers/enricher";
import { json, startHttpServer, type TestServer } from "./helpers/http-server";

// Provider adapters against loopback servers that speak the providers' real request and response
// shapes. Company domains resolve through a loopback DNS server that knows none of them, so the
// website provider fails fast and the waterfall's later providers are what is being tested.
let dns: DnsServer;
beforeAll(async () => {
  dns = await startDnsServer({ "acme.com": { mx: [{ preference: 5, exchange: "mx.acme.com" }] } });
});
afterAll(async () => dns?.close());

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));
async function provider(handler: Parameters<typeof startHttpServer>[0]) {
  const s = await startHttpServer(handler);
  servers.push(s);
  return s;
}

const baseEnv = () => ({
  DNS_SERVERS: `127.0.0.1:${dns.port}`,
  DNS_TIMEOUT_MS: "3000",
  PROVIDER_TIMEOUT_MS: "1500",
});

describe("Hunter email verifier", () => {
  it("sends the documented request and maps every status", async () => {
    const hunter = await provider((_req, res, url) => {
      if (url.pathname !== "/v2/email-verifier")
        return json(res, 404, { errors: [{ id: "not_found" }] });
      const email = url.searchParams.get("email")!;
      const local = email.split("@")[0]!;
      if (local === "pending") return json(res, 202, { data: null });
      json(res, 200, {
        data: {
          status: local,
          result: "risky",
          score: 77,
          email,
          regexp: true,
          gibberish: false,
          disposable: false,
          webmail: false,
          mx_records: true,
          smtp_server: true,
          smtp_check: local === "valid",
          accept_all: local === "accept_all",
          block: false,
          sources: [],
        },
        meta: { params: { email } },
      });
    });
    const enricher = enricherWith({
      ...baseEnv(),
      HUNTER_API_KEY: "hk_test",
      HUNTER_BASE_URL: hunter.origin,
    });
    for (const status of ["valid", "invalid", "accept_all", "unknown", "webmail", "disposable"]) {
      const r = await verifyEmail(`${status}@acme.com`, enricher.email);
      expect(r.status, status).toBe(status);
      expect(r.provider, status).toBe(status === "unknown" ? "checks" : "hunter");
    }
    const pending = await verifyEmail("pending@acme.com", enricher.email);
    expect(pending).toMatchObject({
      status: "unknown",
      reason: expect.stringMatching(/still verifying/),
    });
    const req = hunter.requests[0]!;
    expect(req.method).toBe("GET");
    expect(req.url.searchParams.get("api_key")).toBe("hk_test");
    expect(req.url.searchParams.get("email")).toBe("valid@acme.com");
  });

  it("waits out a short 429 Retry-After and retries once", async () => {
    const times: number[] = [];
    const hunter = await provider((_req, res, url) => {
      times.push(Date.now());
      if (times.length === 1)
        return json(res, 429, { errors: [{ id: "too_many_requests" }] }, { "retry-after": "1" });
      json(res, 200, {
        data: { status: "valid", score: 95, email: url.searchParams.get("email") },
      });
    });
    const enricher = enricherWith({
      ...baseEnv(),
      HUNTER_API_KEY: "k",
      HUNTER_BASE_URL: hunter.origin,
    });
    const r = await verifyEmail("jane@acme.com", enricher.email);
    expect(r).toMatchObject({ status: "valid", provider: "hunter" });
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
  });

  it("gives up on a long Retry-After, pauses the provider and falls back to the offline verdict", async () => {
    const hunter = await provider((_req, res) =>
      json(res, 429, { errors: [] }, { "retry-after": "120" }),
    );
    const enricher = enricherWith({
      ...baseEnv(),
      HUNTER_API_KEY: "k",
      HUNTER_BASE_URL: hunter.origin,
    });
    const first = await verifyEmail("jane@acme.com", enricher.email);
    expect(first).toMatchObject({ status: "unknown", provider: "checks" });
    expect(first.attempts.find((a) => a.provider === "hunter")?.outcome).toBe("rate_limited");
    await verifyEmail("john@acme.com", enricher.email);
    expect(hunter.requests).toHaveLength(1);
  });

  it("treats malformed JSON, a wrong shape and a bad key as provider failures, not crashes", async () => {
    const bodies = ["{not json", JSON.stringify({ data: { status: "maybe" } })];
    const hunter = await provider((_req, res) => {
      const body = bodies.shift();
      if (body) return json(res, 200, body);
      json(res, 401, { errors: [{ id: "authentication_failed" }] });
    });
    const enricher = enricherWith({
      ...baseEnv(),
      HUNTER_API_KEY: "k",
      HUNTER_BASE_URL: hunter.origin,
    });
    const outcomes = [];
    for (const who of ["a", "b", "c"]) {
      const r = await verifyEmail(`${who}@acme.com`, enricher.email);
      expect(r.status).toBe("unknown");
      outcomes.push(r.attempts.find((a) => a.provider === "hunter")?.outcome);
    }
    expect(outcomes).toEqual(["malformed", "malformed", "unauthorized"]);
  });
});

describe("company waterfall", () => {
  const apolloOrg = {
    organization: {
      name: "Acme Corp",
      short_description: "Anvils at scale",
      logo_url: "https://logo.example/acme.png",
      industry: "machinery",
      estimated_num_employees: 340,
      founded_year: 1948,
      city: "Phoenix",
      state: "Arizona",
      country: "United States",
      linkedin_url: "http://www.linkedin.com/company/acme-corp",
      twitter_url: "https://twitter.com/acme",
      facebook_url: null,
      current_technologies: [{ uid: "stripe", name: "Stripe", category: "Payments" }],
    },
  };

  it("calls Apollo with the documented request and records it as the source of each field", async () => {
    const apollo = await provider((_req, res, url) => {
      if (url.pathname !== "/api/v1/organizations/enrich") return json(res, 404, {});
      json(res, 200, url.searchParams.get("domain") === "acme.com" ? apolloOrg : {});
    });
    const enricher = enricherWith({
      ...baseEnv(),
      APOLLO_API_KEY: "ak_test",
      APOLLO_BASE_URL: apollo.origin,
    });
    const r = await enrichCompany(enricher, "acme.com");
    expect(apollo.requests[0]!.headers["x-api-key"]).toBe("ak_test");
    expect(apollo.requests[0]!.url.searchParams.get("domain")).toBe("acme.com");
    expect(r).toMatchObject({
      name: "Acme Corp",
      industry: "machinery",
      employeeRange: "201-500",
      founded: 1948,
      location: "Phoenix, Arizona, United States",
    });
    expect(r.socials).toEqual([
      { platform: "linkedin", url: "https://www.linkedin.com/company/acme-corp" },
      { platform: "twitter", url: "https://x.com/acme" },
    ]);
    expect(r.fields.industry).toEqual({ provider: "apollo", confidence: 0.8 });
    expect(r.attempts.map((a) => [a.provider, a.outcome])).toEqual([
      ["website", "network"],
      ["apollo", "filled"],
    ]);
    const unknown = await enrichCompany(enricher, "nobody.com");
    expect(unknown.attempts.at(-1)).toMatchObject({ provider: "apollo", outcome: "empty" });
  });

  it("opens Apollo's circuit after repeated 5xx and keeps filling from Hunter", async () => {
    const apollo = await provider((_req, res) => json(res, 503, { error: "upstream down" }));
    const hunter = await provider((_req, res, url) => {
      expect(url.pathname).toBe("/v2/domain-search");
      json(res, 200, {
        data: {
          domain: url.searchParams.get("domain"),
          organization: "Acme",
          description: "Anvils",
          industry: "Manufacturing",
          headcount: "51-200",
          country: "US",
          city: "Phoenix",
          twitter: "acme",
          linkedin: "https://www.linkedin.com/company/acme",
          technologies: ["wordpress"],
          emails: [],
        },
        meta: { results: 0 },
      });
    });
    const enricher = enricherWith({
      ...baseEnv(),
      APOLLO_API_KEY: "k",
      APOLLO_BASE_URL: apollo.origin,
      HUNTER_API_KEY: "k",
      HUNTER_BASE_URL: hunter.origin,
    });
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await enrichCompany(enricher, `acme-${i}.com`);
      expect(r.name).toBe("Acme");
      expect(r.fields.name?.provider).toBe("hunter");
      outcomes.push(r.attempts.find((a) => a.provider === "apollo")!.outcome);
    }
    expect(outcomes).toEqual([
      "http_error",
      "http_error",
      "http_error",
      "http_error",
      "http_error",
      "circuit_open",
      "circuit_open",
    ]);
    expect(apollo.requests).toHaveLength(5);
  });

  it("times out a provider that never answers and moves on", async () => {
    const apollo = await provider(() => {}); // accepts the request, never responds
    const hunter = await provider((_req, res) =>
      json(res, 200, { data: { organization: "Acme", industry: "Tools" } }),
    );
    const enricher = enricherWith({
      ...baseEnv(),
      APOLLO_API_KEY: "k",
      APOLLO_BASE_URL: apollo.origin,
      HUNTER_API_KEY: "k",
      HUNTER_BASE_URL: hunter.origin,
    });
    const r = await enrichCompany(enricher, "acme.com");
    expect(r.attempts.find((a) => a.provider === "apollo")?.outcome).toBe("timeout");
    expect(r).toMatchObject({
      name: "Acme",
      industry: "Tools",
      fields: { industry: { provider: "hunter" } },
    });
  });
});

describe("LinkedIn search adapter", () => {
  it("sends the documented request and keeps only LinkedIn URLs that fit the person", async () => {
    const search = await provider((_req, res, url) => {
      const kind = url.searchParams.get("kind");
      json(res, 200, {
        results:
          kind === "person"
            ? [
                {
                  url: "https://de.linkedin.com/in/jane-doe-42/",
                  title: "Jane Doe – Head of Sales – Acme Anvils | LinkedIn",
                },
                {
                  url: "https://www.linkedin.com/in/john-smith",
                  title: "John Smith – Acme Anvils",
                },
                { url: "https://twitter.com/janedoe", title: "Jane Doe" },
                { url: "https://www.linkedin.com/company/acme-anvils", title: "Acme Anvils" },
              ]
            : [
                {
                  url: "https://www.linkedin.com/company/acme-anvils",
                  title: "Acme Anvils | LinkedIn",
                },
              ],
      });
    });
    const enricher = enricherWith({
      ...baseEnv(),
      LINKEDIN_SEARCH_BASE_URL: `${search.origin}/v1`,
      LINKEDIN_SEARCH_API_KEY: "sk",
    });
    const r = await lookupLinkedin(
      { name: "Jane Doe", company: "Acme Anvils" },
      { website: enricher.website, search: enricher.search },
    );
    expect(r.candidates).toEqual([
      {
        url: "https://www.linkedin.com/in/jane-doe-42",
        kind: "person",
        confidence: 0.8,
        evidence: expect.stringContaining("search provider"),
      },
      {
        url: "https://www.linkedin.com/company/acme-anvils",
        kind: "company",
        confidence: 0.8,
        evidence: expect.stringContaining("search provider"),
      },
    ]);
    const req = search.requests[0]!;
    expect(req.url.pathname).toBe("/v1/search");
    expect(req.url.searchParams.get("q")).toBe("Jane Doe Acme Anvils");
    expect(req.headers.authorization).toBe("Bearer sk");
    const none = await lookupLinkedin(
      { name: "Nobody Here", company: "Zzz" },
      { website: enricher.website, search: enricher.search },
    );
    expect(none.candidates).toEqual([]);
  });
});
