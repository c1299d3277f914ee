import { readFileSync } from "node:fs";
import path from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type DnsServer } from "./helpers/dns-server";
import { startHttpServer, type TestServer } from "./helpers/http-server";
import { connectEnricher } from "./helpers/mcp-client";

// enrich_company over the scraper's extraction corpus (tests/fixtures/sites): each site is served
// from loopback under its real host name (resolved by a loopback DNS server), and the answers are
// checked against the corpus's ground truth.
const CORPUS = path.resolve(__dirname, "../fixtures/sites");
interface Truth {
  url: string;
  company: string;
  socials: string[];
}
const truth = (
  JSON.parse(readFileSync(path.join(CORPUS, "ground-truth.json"), "utf8")) as {
    sites: Record<string, Truth>;
  }
).sites;
const ids = Object.keys(truth);

let dns: DnsServer;
const servers = new Map<string, TestServer>();
let client: Client;
let close: () => Promise<void>;
type Structured = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const results = new Map<string, Structured>();

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

beforeAll(async () => {
  const zone: Record<string, { a: string[] }> = {};
  for (const id of ids) {
    zone[new URL(truth[id]!.url).hostname] = { a: ["127.0.0.1"] };
    const server = await startHttpServer((_req, res, url) => {
      const name = url.pathname === "/" ? "index" : url.pathname.slice(1).replace(/\.html$/, "");
      try {
        const body = readFileSync(
          path.join(CORPUS, id, `${name.replace(/[^a-z0-9-]/gi, "")}.html`),
        );
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(body);
      } catch {
        res.writeHead(404, { "content-type": "text/html" });
        res.end("not found");
      }
    });
    servers.set(id, server);
  }
  dns = await startDnsServer(zone);
  ({ client, close } = await connectEnricher({
    SSRF_ALLOWLIST: Object.keys(zone).join(","),
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
  }));
  for (const id of ids) {
    const host = new URL(truth[id]!.url).hostname;
    const res = await client.callTool({
      name: "enrich_company",
      arguments: { domain: `http://${host}:${servers.get(id)!.port}` },
    });
    results.set(id, res.structuredContent as Structured);
  }
}, 120_000);

afterAll(async () => {
  await close?.();
  await Promise.all([...servers.values()].map((s) => s.close()));
  await dns?.close();
});

describe("enrich_company on the extraction corpus", () => {
  it("names the company as the ground truth does on nearly every site", () => {
    const wrong = ids.filter((id) => {
      const got = norm(results.get(id)?.name ?? "");
      const want = norm(truth[id]!.company);
      return !got || !(got.includes(want) || want.includes(got));
    });
    console.log(
      `company name wrong on ${wrong.length}/${ids.length}:`,
      wrong.map((id) => `${id}: ${results.get(id)?.name}`),
    );
    expect(wrong.length).toBeLessThanOrEqual(Math.floor(ids.length * 0.1));
  });

  it("reports only social profiles the site really links, with the website as provider", () => {
    let found = 0;
    for (const id of ids) {
      const r = results.get(id)!;
      const allowed = new Set(truth[id]!.socials);
      for (const s of r.socials) expect(allowed, `${id}: ${s.url}`).toContain(s.url);
      if (r.socials.length) {
        found++;
        expect(r.fields.socials, id).toMatchObject({ provider: "website" });
      }
    }
    const withCompanySocials = ids.filter((id) =>
      truth[id]!.socials.some((u) => !/linkedin\.com\/in\//.test(u)),
    ).length;
    console.log(`company socials on ${found} of ${withCompanySocials} sites that link some`);
    expect(found).toBeGreaterThanOrEqual(Math.ceil(withCompanySocials * 0.8));
  });

  it("gives a description with provenance and detects the stacks the markup shows", () => {
    const described = ids.filter(
      (id) =>
        results.get(id)?.description && results.get(id)?.fields.description?.provider === "website",
    );
    const withTech = ids.filter((id) => results.get(id)?.techStack.length).length;
    console.log(
      `description on ${described.length}/${ids.length}, tech stack on ${withTech}/${ids.length}`,
    );
    expect(described.length).toBeGreaterThanOrEqual(Math.ceil(ids.length * 0.7));
    const tech = (id: string) => (results.get(id)?.techStack ?? []).map((t: Structured) => t.name);
    expect(tech("mueller-haustechnik")).toEqual(expect.arrayContaining(["WordPress", "jQuery"]));
    expect(tech("harbor-coffee")).toContain("Shopify");
  });
});
