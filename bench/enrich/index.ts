// pnpm bench:enrich — enrich_batch throughput for 1,000 leads over 200 loopback company sites,
// first against a cold cache, then the same leads again against the warm cache of the same
// server process. The server is the real one, spawned over stdio; its DNS (sites and MX) is a
// loopback DNS server, its sites one Host-routed loopback HTTP server, its Apollo a loopback stub.
// ENRICH_BENCH_LATENCY_MS=<ms> holds every site and Apollo answer back that long (default 0: the
// loopback's own speed, the hardest case for the warm/cold ratio). Wall times move with the load
// of the machine; the CPU times beside them (read from /proc) hardly do. Both passes follow the
// same warm-up on other domains, so each is measured on a server whose code is already compiled.
// ENRICH_BENCH_DEFAULT_ONLY=1 skips the Apollo scenario (its cold pass is 40 s of rate limit).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import path from "node:path";
import { startDnsServer, type ZoneRecord } from "../../tests/enricher/helpers/dns-server";
import {
  DOMAIN_COUNT,
  WARMUP_DOMAINS,
  domainName,
  startApollo,
  startFixtureWeb,
} from "./fixture-web";
import { loadLine, ownCpuMs, pct, processCpuMs } from "./measure";

const LEADS = 1_000;
const BATCH = 500;
const ROOT = path.resolve(import.meta.dirname, "../..");
// Enough calls of every per-lead function for the JIT to have optimised it before the clock runs.
const WARMUP_LEADS = 500;
const LATENCY_MS = Number(process.env.ENRICH_BENCH_LATENCY_MS ?? 0);

interface BatchSummary {
  total: number;
  succeeded: number;
  failed: number;
  cache: { hits: number; misses: number };
}

async function scenario(label: string, withApollo: boolean): Promise<void> {
  const zone: Record<string, ZoneRecord> = {};
  for (let i = 0; i < DOMAIN_COUNT + WARMUP_DOMAINS; i++)
    zone[domainName(i)] = {
      a: ["127.0.0.1"],
      mx: [{ preference: 10, exchange: `mx.${domainName(i)}` }],
    };
  const dns = await startDnsServer(zone);
  const web = await startFixtureWeb(LATENCY_MS);
  const apollo = await startApollo(LATENCY_MS);

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

  // node --import tsx rather than the tsx launcher, so the pid is the server's own (for its CPU).
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["--import", "tsx", path.join(ROOT, "mcp-servers/enricher/src/index.ts")],
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
    const serverCpu0 = processCpuMs(transport.pid);
    const benchCpu0 = ownCpuMs();
    const started = performance.now();
    const responses = [];
    for (let i = 0; i < leads.length; i += BATCH) {
      const res = await client.callTool(
        { name: "enrich_batch", arguments: { leads: leads.slice(i, i + BATCH) } },
        undefined,
        { timeout: 600_000 },
      );
      if (res.isError) throw new Error(`${name}: ${JSON.stringify(res.content)}`);
      responses.push(res);
    }
    const seconds = (performance.now() - started) / 1000;
    const benchCpuMs = ownCpuMs() - benchCpu0;
    const serverCpuMs = (processCpuMs(transport.pid) ?? NaN) - (serverCpu0 ?? NaN);
    // Measured after the clock stopped: the size of what one call sent back.
    const kbPerCall =
      responses.reduce((n, r) => n + JSON.stringify(r).length, 0) / 1024 / responses.length;
    const summaries = responses.map(
      (r) => (r.structuredContent as { summary: BatchSummary }).summary,
    );
    const hits = summaries.reduce((n, s) => n + s.cache.hits, 0);
    const misses = summaries.reduce((n, s) => n + s.cache.misses, 0);
    const failed = summaries.reduce((n, s) => n + s.failed, 0);
    return {
      name,
      seconds,
      leadsPerSec: LEADS / seconds,
      serverCpuMs,
      benchCpuMs,
      kbPerCall,
      hits,
      misses,
      failed,
    };
  };
  const siteRequests = () =>
    [...web.hits.values()].reduce((n, m) => n + [...m.values()].reduce((a, b) => a + b, 0), 0);

  try {
    // A small batch over the extra domains, twice (cold, then warm), so neither measured pass
    // pays for module loading and JIT warm-up of its path in either process; the measured 200
    // domains stay cold.
    const warmup = Array.from({ length: WARMUP_LEADS }, (_, i) => {
      const host = domainName(DOMAIN_COUNT + (i % WARMUP_DOMAINS));
      return {
        domain: `http://${host}:${web.port}`,
        email: `w${i}@${host}`,
        name: "Alex Example",
        company: "W",
      };
    });
    for (let round = 0; round < 2; round++)
      await client.callTool({ name: "enrich_batch", arguments: { leads: warmup } }, undefined, {
        timeout: 600_000,
      });
    for (let i = 0; i < WARMUP_DOMAINS; i++) web.hits.delete(domainName(DOMAIN_COUNT + i));
    const apolloBefore = apollo.calls();
    const cold = await pass("cold");
    const homeAfterCold = [...web.hits.values()].map((m) => m.get("/") ?? 0);
    const requestsAfterCold = siteRequests();
    const apolloAfterCold = apollo.calls();
    const warm = await pass("warm");
    const homeAfterWarm = [...web.hits.values()].map((m) => m.get("/") ?? 0);

    console.log(`\n${label}`);
    for (const p of [cold, warm])
      console.log(
        `  ${p.name.padEnd(5)} ${p.seconds.toFixed(2).padStart(6)} s ${p.leadsPerSec.toFixed(0).padStart(6)} leads/s | ` +
          `CPU: server ${p.serverCpuMs.toFixed(0).padStart(5)} ms, bench+fixtures ${p.benchCpuMs.toFixed(0).padStart(4)} ms | ` +
          `${p.kbPerCall.toFixed(0)} KB per call | provider calls: ${p.misses} made, ${p.hits} from cache ` +
          `(${pct(p.hits, p.hits + p.misses)} saved) | failed leads: ${p.failed}`,
      );
    const hits = cold.hits + warm.hits;
    const misses = cold.misses + warm.misses;
    console.log(
      `  both passes: the cache saved ${pct(hits, hits + misses)} of ${hits + misses} provider calls`,
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
        `  Apollo calls: cold ${apolloAfterCold - apolloBefore}, warm ${apollo.calls() - apolloAfterCold}`,
      );
    const ratio = warm.leadsPerSec / cold.leadsPerSec;
    const cpuRatio = cold.serverCpuMs / warm.serverCpuMs;
    const once = homeAfterWarm.length === DOMAIN_COUNT && homeAfterWarm.every((n) => n === 1);
    console.log(
      `  warm/cold throughput ${ratio.toFixed(1)}x (bar >= 10x: ${ratio >= 10 ? "met" : "NOT met"}); ` +
        `server CPU cold/warm ${cpuRatio.toFixed(1)}x; each domain fetched once: ${once ? "yes" : "NO"}`,
    );
  } finally {
    await client.close();
    await Promise.all([web.close(), apollo.close(), dns.close()]);
  }
}

async function main(): Promise<void> {
  console.log(
    `enrich_batch: ${LEADS} leads over ${DOMAIN_COUNT} loopback domains, ${BATCH} leads per call, server concurrency 8, Node ${process.version}`,
  );
  console.log(
    `fixture latency: ${LATENCY_MS} ms per site page and Apollo answer (${LATENCY_MS ? "ENRICH_BENCH_LATENCY_MS" : "loopback speed; real sites take 100 ms or more, so this is the hardest case for the ratio"}); DNS on loopback`,
  );
  console.log(`machine at start: ${loadLine()}`);
  await scenario("website + e-mail checks (the embedded default)", false);
  if (!process.env.ENRICH_BENCH_DEFAULT_ONLY)
    await scenario("website + e-mail checks + Apollo stub (Apollo guard: 5 calls/s)", true);
  console.log(`\nmachine at end: ${loadLine()}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
