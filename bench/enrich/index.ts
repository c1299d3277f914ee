// pnpm bench:enrich — enrich_batch throughput for 1,000 leads over 200 loopback company sites,
// first against a cold cache, then the same leads again against the warm cache of the same
// server process. The server is the real one, spawned over stdio; its DNS (sites and MX) is a
// loopback DNS server, its sites one Host-routed loopback HTTP server, its Apollo a loopback stub.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import os from "node:os";
import path from "node:path";
import { startDnsServer, type ZoneRecord } from "../../tests/enricher/helpers/dns-server";
import { DOMAIN_COUNT, domainName, startApollo, startFixtureWeb } from "./fixture-web";

const LEADS = 1_000;
const BATCH = 500;
const ROOT = path.resolve(import.meta.dirname, "../..");

interface BatchSummary {
  total: number;
  succeeded: number;
  failed: number;
  cache: { hits: number; misses: number };
}

async function scenario(label: string, withApollo: boolean): Promise<void> {
  const zone: Record<string, ZoneRecord> = {};
  for (let i = 0; i < DOMAIN_COUNT; i++)
    zone[domainName(i)] = {
      a: ["127.0.0.1"],
      mx: [{ preference: 10, exchange: `mx.${domainName(i)}` }],
    };
  const dns = await startDnsServer(zone);
  const web = await startFixtureWeb();
  const apollo = await startApollo();

  const leads = Array.from({ length: LEADS }, (_, i) => {
    const host = domainName(i % DOMAIN_COUNT);
    return {
      id: String(i),
      domain: `http://${host}:${web.port}`,
      email: `person${i}@${host}`,
      name: "Alex Example",
      company: `Company ${host.split(".")[0]}`,
    };
  });

  const transport = new StdioClientTransport({
    command: path.join(ROOT, "node_modules/.bin/tsx"),
    args: [path.join(ROOT, "mcp-servers/enricher/src/index.ts")],
    cwd: ROOT,
    env: {
      ...(process.env as Record<string, string>),
      LOG_LEVEL: "warn",
      SSRF_ALLOWLIST: ["127.0.0.1", ...Object.keys(zone)].join(","),
      DNS_SERVERS: `127.0.0.1:${dns.port}`,
      APOLLO_API_KEY: withApollo ? "bench" : "",
      APOLLO_BASE_URL: apollo.origin,
      HUNTER_API_KEY: "",
      LINKEDIN_SEARCH_API_KEY: "",
      UPSTASH_REDIS_REST_URL: "",
      UPSTASH_REDIS_REST_TOKEN: "",
    },
    stderr: "inherit",
  });
  const client = new Client({ name: "bench-enrich", version: "1.0.0" });
  await client.connect(transport);

  const pass = async (name: string) => {
    const started = performance.now();
    const summaries: BatchSummary[] = [];
    for (let i = 0; i < leads.length; i += BATCH) {
      const res = await client.callTool(
        { name: "enrich_batch", arguments: { leads: leads.slice(i, i + BATCH) } },
        undefined,
        { timeout: 600_000 },
      );
      if (res.isError) throw new Error(`${name}: ${JSON.stringify(res.content)}`);
      summaries.push((res.structuredContent as { summary: BatchSummary }).summary);
    }
    const seconds = (performance.now() - started) / 1000;
    const hits = summaries.reduce((n, s) => n + s.cache.hits, 0);
    const misses = summaries.reduce((n, s) => n + s.cache.misses, 0);
    const failed = summaries.reduce((n, s) => n + s.failed, 0);
    return { name, seconds, leadsPerSec: LEADS / seconds, hits, misses, failed };
  };
  const siteRequests = () =>
    [...web.hits.values()].reduce((n, m) => n + [...m.values()].reduce((a, b) => a + b, 0), 0);

  try {
    // One small call first so neither pass pays for module loading and JIT warm-up in either
    // process; it touches only the extra domain, so the measured 200 stay cold.
    const warmupHost = domainName(DOMAIN_COUNT);
    await client.callTool({
      name: "enrich_batch",
      arguments: {
        leads: [
          {
            domain: `http://${warmupHost}:${web.port}`,
            email: `a@${warmupHost}`,
            name: "Alex Example",
            company: "W",
          },
        ],
      },
    });
    web.hits.delete(warmupHost);
    const apolloBefore = apollo.calls();
    const cold = await pass("cold");
    const homeAfterCold = [...web.hits.values()].map((m) => m.get("/") ?? 0);
    const requestsAfterCold = siteRequests();
    const apolloAfterCold = apollo.calls() - apolloBefore;
    const warm = await pass("warm");
    const homeAfterWarm = [...web.hits.values()].map((m) => m.get("/") ?? 0);

    const pct = (h: number, m: number) => `${((100 * h) / Math.max(1, h + m)).toFixed(1)}%`;
    console.log(`\n${label}`);
    for (const p of [cold, warm])
      console.log(
        `  ${p.name.padEnd(5)} ${p.seconds.toFixed(2).padStart(7)} s  ${p.leadsPerSec.toFixed(0).padStart(6)} leads/s  ` +
          `provider calls: ${p.misses} made, ${p.hits} from cache (${pct(p.hits, p.misses)} saved)  failed leads: ${p.failed}`,
      );
    const hits = cold.hits + warm.hits;
    const misses = cold.misses + warm.misses;
    console.log(
      `  both passes: the cache saved ${pct(hits, misses)} of ${hits + misses} provider calls`,
    );
    console.log(
      `  home page fetches per domain: after cold min ${Math.min(...homeAfterCold)} max ${Math.max(...homeAfterCold)} ` +
        `over ${homeAfterCold.length} domains; after warm min ${Math.min(...homeAfterWarm)} max ${Math.max(...homeAfterWarm)}`,
    );
    console.log(
      `  site HTTP requests: cold ${requestsAfterCold} (home + team page), warm ${siteRequests() - requestsAfterCold}`,
    );
    if (withApollo)
      console.log(
        `  Apollo calls: cold ${apolloAfterCold}, warm ${apollo.calls() - apolloAfterCold}`,
      );
    const ratio = warm.leadsPerSec / cold.leadsPerSec;
    const once = homeAfterWarm.length === DOMAIN_COUNT && homeAfterWarm.every((n) => n === 1);
    console.log(
      `  warm/cold throughput ${ratio.toFixed(1)}x (bar >= 10x: ${ratio >= 10 ? "met" : "NOT met"}); ` +
        `each domain fetched once: ${once ? "yes" : "NO"}`,
    );
  } finally {
    await client.close();
    await Promise.all([web.close(), apollo.close(), dns.close()]);
  }
}

async function main(): Promise<void> {
  console.log(
    `enrich_batch: ${LEADS} leads over ${DOMAIN_COUNT} loopback domains, ${BATCH} leads per call, server concurrency 8, ${os.cpus().length} cores`,
  );
  await scenario("website + e-mail checks (the embedded default)", false);
  await scenario("website + e-mail checks + Apollo stub (Apollo guard: 5 calls/s)", true);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
