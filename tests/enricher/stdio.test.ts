import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type DnsServer } from "./helpers/dns-server";
import { startFixtureSite } from "./helpers/fixture-sites";
import type { TestServer } from "./helpers/http-server";
import { connectEnricher } from "./helpers/mcp-client";

// The enricher as a client sees it: a child process spoken to over stdio with the MCP SDK, its
// DNS pointed at a loopback DNS server and its sites served from loopback fixtures.
let dns: DnsServer;
let sites: Record<"acme" | "nova" | "plain", TestServer>;
let client: Client;
let close: () => Promise<void>;
let url: (site: keyof typeof sites) => string;

type Structured = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(name: string, args: Record<string, unknown>) {
  const res = await client.callTool({ name, arguments: args });
  return {
    isError: Boolean(res.isError),
    data: res.structuredContent as Structured,
    text: JSON.stringify(res.content),
  };
}

beforeAll(async () => {
  dns = await startDnsServer({
    "acme.test": { a: ["127.0.0.1"], mx: [{ preference: 10, exchange: "mx1.acme.test" }] },
    "nova.test": { a: ["127.0.0.1"] },
    "plain.test": { a: ["127.0.0.1"] },
    "xn--bcher-kva.test": { a: ["127.0.0.1"] },
    "slow.test": { hang: true },
  });
  sites = {
    acme: await startFixtureSite("acme"),
    nova: await startFixtureSite("nova"),
    plain: await startFixtureSite("plain"),
  };
  url = (site) => `http://${site}.test:${sites[site].port}`;
  ({ client, close } = await connectEnricher({
    SSRF_ALLOWLIST: "acme.test,nova.test,plain.test,xn--bcher-kva.test",
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
    DNS_TIMEOUT_MS: "1500",
    PROVIDER_TIMEOUT_MS: "3000",
  }));
});

afterAll(async () => {
  await close?.();
  await Promise.all(Object.values(sites ?? {}).map((s) => s.close()));
  await dns?.close();
});

describe("enricher over stdio", () => {
  it("lists the four tools with described inputs, output schemas and annotations", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "enrich_batch",
      "enrich_company",
      "lookup_linkedin",
      "verify_email",
    ]);
    for (const tool of tools) {
      expect(tool.outputSchema, tool.name).toBeDefined();
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.annotations?.openWorldHint, tool.name).toBe(true);
      const props = tool.inputSchema.properties as Record<string, { description?: string }>;
      for (const [field, schema] of Object.entries(props))
        expect(schema.description, `${tool.name}.${field}`).toBeTruthy();
    }
  });

  it("enrich_company fills name, description, socials and tech stack from a WordPress site with provenance", async () => {
    const { isError, data } = await call("enrich_company", { domain: url("acme") });
    expect(isError).toBe(false);
    expect(data.domain).toBe(`acme.test:${sites.acme.port}`);
    expect(data.name).toBe("Acme Anvils");
    expect(data.description).toMatch(/drop-tested anvils/);
    expect(data.logoUrl).toBe("https://acme.test/logo.png");
    expect(data.employeeRange).toBe("51-200");
    expect(data.founded).toBe(1948);
    expect(data.location).toBe("Phoenix, AZ, US");
    expect(data.socials.map((s: Structured) => s.url)).toEqual(
      expect.arrayContaining([
        "https://www.linkedin.com/company/acme-anvils",
        "https://x.com/acmeanvils",
        "https://www.facebook.com/acmeanvils",
      ]),
    );
    const tech = Object.fromEntries(data.techStack.map((t: Structured) => [t.name, t.category]));
    expect(tech).toMatchObject({
      WordPress: "cms",
      "Google Analytics": "analytics",
      Intercom: "chat",
      Stripe: "payments",
      jQuery: "framework",
      nginx: "server",
      PHP: "server",
    });
    for (const f of ["name", "description", "socials", "techStack", "logoUrl", "founded"])
      expect(data.fields[f], f).toMatchObject({
        provider: "website",
        confidence: expect.any(Number),
      });
    expect(data.fields.name.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("enrich_company reads a Next.js site's meta, footer socials and headers", async () => {
    const { data } = await call("enrich_company", { domain: url("nova") });
    expect(data.name).toBe("Nova Ledger");
    expect(data.description).toMatch(/month-end close/);
    expect(data.socials.map((s: Structured) => s.platform).sort()).toEqual([
      "github",
      "linkedin",
      "twitter",
    ]);
    expect(data.techStack.map((t: Structured) => t.name)).toEqual(
      expect.arrayContaining(["Next.js", "React", "Segment", "Crisp", "Paddle", "Vercel"]),
    );
    expect(data.fields.techStack).toEqual({ provider: "website", confidence: 0.9 });
    expect(data.fields.industry).toBeUndefined();
  });

  it("enrich_company on a bare site gives what there is and says nothing more", async () => {
    const { isError, data } = await call("enrich_company", { domain: url("plain") });
    expect(isError).toBe(false);
    expect(data.name).toBe("Plain Parts");
    expect(data.socials).toEqual([]);
    expect(data.techStack).toEqual([]);
    expect(Object.keys(data.fields).sort()).toEqual(["name"]);
  });

  it("enrich_company reaches an IDN domain through its punycode name", async () => {
    const before = sites.plain.requests.length;
    const { isError, data } = await call("enrich_company", {
      domain: `http://bücher.test:${sites.plain.port}`,
    });
    expect(isError).toBe(false);
    expect(data.domain).toBe(`xn--bcher-kva.test:${sites.plain.port}`);
    expect(data.name).toBe("Plain Parts");
    expect(sites.plain.requests.at(-1)?.headers.host).toBe(
      `xn--bcher-kva.test:${sites.plain.port}`,
    );
    expect(sites.plain.requests.length).toBe(before + 1);
    expect(dns.queries).toContainEqual({ name: "xn--bcher-kva.test", type: "A" });
  });

  it("verify_email checks MX through the configured DNS server", async () => {
    const good = await call("verify_email", { email: "Wile@acme.test" });
    expect(good.data).toMatchObject({
      email: "Wile@acme.test",
      status: "unknown",
      provider: "checks",
      mxHosts: ["mx1.acme.test"],
    });
    expect(good.data.checks).toMatchObject({
      syntax: true,
      mx: true,
      disposable: false,
      role: false,
    });
    const noMx = await call("verify_email", { email: "jane@nova.test" });
    expect(noMx.data).toMatchObject({ status: "invalid", score: 0, checks: { mx: false } });
    const missing = await call("verify_email", { email: "jane@missing.test" });
    expect(missing.data.reason).toMatch(/NXDOMAIN/);
    const slow = await call("verify_email", { email: "jane@slow.test" });
    expect(slow.data).toMatchObject({ status: "unknown", checks: { mx: null } });
    expect(slow.data.reason).toMatch(/did not answer/);
    const bad = await call("verify_email", { email: "not an email" });
    expect(bad).toMatchObject({
      isError: false,
      data: { status: "invalid", checks: { syntax: false } },
    });
  });

  it("lookup_linkedin finds the person next to their name on the team page and the company page", async () => {
    const { data } = await call("lookup_linkedin", {
      name: "Wile E. Coyote",
      company: "Acme Anvils",
      domain: url("acme"),
    });
    const byKind = (k: string) => data.candidates.filter((c: Structured) => c.kind === k);
    expect(byKind("person")).toEqual([
      expect.objectContaining({
        url: "https://www.linkedin.com/in/wile-coyote-8a1b2c",
        evidence: expect.stringContaining("/team"),
      }),
    ]);
    expect(byKind("company")[0]).toMatchObject({
      url: "https://www.linkedin.com/company/acme-anvils",
    });
    const nobody = await call("lookup_linkedin", {
      name: "Daffy Duck",
      company: "Acme Anvils",
      domain: url("acme"),
    });
    expect(nobody.data.candidates.filter((c: Structured) => c.kind === "person")).toEqual([]);
  });

  it("enrich_batch reports per-lead errors without failing the batch and fetches a domain once", async () => {
    const before = sites.nova.requests.length;
    const { isError, data, text } = await call("enrich_batch", {
      leads: [
        { id: "a", domain: url("nova"), email: "cfo@nova.test" },
        { id: "b", domain: url("nova") },
        { id: "c", domain: "not a domain!" },
        { id: "d" },
        {
          id: "e",
          email: "sales@acme.test",
          name: "Road Runner",
          company: "Acme Anvils",
          domain: url("acme"),
        },
      ],
      options: { concurrency: 4 },
    });
    expect(isError).toBe(false);
    const byId = Object.fromEntries(data.results.map((r: Structured) => [r.id, r]));
    expect(byId.a.ok).toBe(true);
    // Two leads of one domain share one company entry.
    expect(byId.a.companyKey).toBe(`nova.test:${sites.nova.port}`);
    expect(byId.b.companyKey).toBe(byId.a.companyKey);
    expect(Object.keys(data.companies).sort()).toEqual(
      [`acme.test:${sites.acme.port}`, `nova.test:${sites.nova.port}`].sort(),
    );
    expect(data.companies[byId.a.companyKey].name).toBe("Nova Ledger");
    expect(byId.e.companyKey && data.companies[byId.e.companyKey].name).toBe("Acme Anvils");
    expect(byId.c).toMatchObject({
      ok: false,
      errors: [{ part: "company", message: expect.stringContaining("Invalid domain") }],
    });
    expect(byId.d).toMatchObject({ ok: false, errors: [{ part: "lead" }] });
    expect(byId.e.email.checks.role).toBe(true);
    expect(byId.e.linkedin.candidates.map((c: Structured) => c.url)).toEqual([
      "https://www.linkedin.com/in/roadrunner-beep",
      "https://www.linkedin.com/company/acme-anvils",
    ]);
    expect(data.summary).toMatchObject({ total: 5, succeeded: 3, failed: 2 });
    // The results travel once, as structuredContent; the text block sums them up.
    expect(text).toContain("Enriched 5 leads: 3 complete, 2 with errors");
    // nova was already fetched by an earlier test: the cache answers, the site sees no request.
    expect(sites.nova.requests.length).toBe(before);
  });

  it("answers bad input with isError and keeps serving", async () => {
    const tooMany = await call("enrich_batch", {
      leads: Array.from({ length: 10_000 }, (_, i) => ({ domain: `d${i}.com` })),
    });
    expect(tooMany.isError).toBe(true);
    expect(tooMany.text).toMatch(/at most 500 leads/);
    const wrongType = await client.callTool({ name: "enrich_company", arguments: { domain: 42 } });
    expect(wrongType.isError).toBe(true);
    for (const domain of ["10.0.0.1", "localhost", "ftp://acme.com", "exa mple.com"]) {
      const r = await call("enrich_company", { domain });
      expect(r.isError, domain).toBe(true);
      expect(r.text, domain).toMatch(/Invalid domain/);
    }
    const idn = await call("enrich_company", { domain: "bücher.invalid" });
    expect(idn.isError).toBe(true);
    expect(idn.text).toMatch(/xn--bcher-kva\.invalid/);
    const still = await call("enrich_company", { domain: url("plain") });
    expect(still.data.name).toBe("Plain Parts");
  });
});
