// pnpm bench:scrape – pages per second and peak memory for a plain fetch baseline, Leadscout's
// crawler + extraction (HTTP mode) and Crawlee's CheerioCrawler + social helper, in one run.
//
// A fourth row, "parse", is the baseline plus one parse of each page (Leadscout's parse pass, no
// extraction): how much of the baseline's rate parsing alone leaves, for scale.
//
// Each contender runs in its own child process (its peak RSS is its own) against the same
// loopback fixtures: a 2,000-page site on one port and 300 small sites on a port each. The run
// repeats per server latency in BENCH_LATENCY_MS (default "100,0"): 100 ms models a real site's
// response time (crawling is network-bound), 0 ms shows raw CPU cost per page. Leadscout crawls in
// render "auto"; the run reports how many pages it rendered and why, then (BENCH_RENDER=0 skips
// it) crawls a site with script-built contact pages over HTTP and in "auto" (render.ts).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { bigSite, smallSite } from "./fixtures";
import type { PhaseResult, Targets } from "./modes";
import { renderSection } from "./render";
import { serveSite } from "./serve";

const run = promisify(execFile);
const BIG_PAGES = Number(process.env.BENCH_BIG_PAGES ?? 2000);
const SITES = Number(process.env.BENCH_SITES ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
// Sites each contender crawls before the measured phases, alike for all three (runner.ts).
const WARMUP_SITES = Number(process.env.BENCH_WARMUP_SITES ?? 40);
const LATENCIES = (process.env.BENCH_LATENCY_MS ?? "100,0").split(",").map(Number);
const MODES = ["baseline", "parse", "leadscout", "crawlee"] as const;

interface ModeResult {
  mode: (typeof MODES)[number];
  big: PhaseResult;
  small: PhaseResult;
  maxRssMb: number;
}

const rate = (p: PhaseResult) => (p.pages / p.ms) * 1000;
// The contender's own process only: the fixture servers run in this one, alike for every mode.
const cpuPerPage = (r: ModeResult) => (r.big.cpuMs + r.small.cpuMs) / (r.big.pages + r.small.pages);
const mainPerPage = (r: ModeResult) =>
  (r.big.mainCpuMs + r.small.mainCpuMs) / (r.big.pages + r.small.pages);
const overall = (r: ModeResult) => ((r.big.pages + r.small.pages) / (r.big.ms + r.small.ms)) * 1000;

async function scenario(latencyMs: number): Promise<boolean> {
  const big = await serveSite(bigSite(BIG_PAGES), 1, latencyMs);
  const small = await Promise.all(
    Array.from({ length: SITES }, (_, i) => serveSite(smallSite(i), 10_000 + i * 10, latencyMs)),
  );
  const warmup = await Promise.all(
    Array.from({ length: WARMUP_SITES }, (_, i) =>
      serveSite(smallSite(SITES + i), 10_000 + (SITES + i) * 10, latencyMs),
    ),
  );
  const targets: Targets = {
    big: { root: big.origin + "/", urls: big.urls },
    small: small.map((s) => ({ root: s.origin + "/", urls: s.urls })),
    warmup: warmup.map((s) => ({ root: s.origin + "/", urls: s.urls })),
    concurrency: CONCURRENCY,
  };
  console.log(
    `\n== ${big.urls.length}-page site + ${SITES} sites (${small.reduce((a, s) => a + s.urls.length, 0)} pages), concurrency ${CONCURRENCY}, ` +
      `server latency ${latencyMs} ms, after ${WARMUP_SITES} warm-up sites each, ${os.availableParallelism()} CPUs, load ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}`,
  );
  // The URL lists are too long for an environment variable: hand them over in a file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scrape-bench-"));
  const targetsFile = path.join(dir, "targets.json");
  fs.writeFileSync(targetsFile, JSON.stringify(targets));
  const results = {} as Record<(typeof MODES)[number], ModeResult>;
  try {
    for (const mode of MODES) {
      const { stdout } = await run(
        process.execPath,
        ["--import", "tsx", path.join(import.meta.dirname, "runner.ts"), mode],
        {
          env: {
            ...process.env,
            BENCH_TARGETS_FILE: targetsFile,
            LOG_LEVEL: "error",
            CRAWLEE_LOG_LEVEL: "ERROR",
            CRAWLEE_STORAGE_DIR: path.join(dir, "crawlee"),
          },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      results[mode] = JSON.parse(stdout.trim().split("\n").pop()!) as ModeResult;
    }
  } finally {
    await Promise.all([big, ...small, ...warmup].map((s) => s.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  }

  console.log(
    "mode        big site pages/s   small sites pages/s overall pages/s   pages   peak RSS   CPU ms/page  main thread",
  );
  for (const r of Object.values(results)) {
    console.log(
      `${r.mode.padEnd(11)} ${rate(r.big).toFixed(0).padStart(16)} ${rate(r.small).toFixed(0).padStart(19)} ${overall(r).toFixed(0).padStart(17)} ${String(r.big.pages + r.small.pages).padStart(7)} ${r.maxRssMb.toFixed(0).padStart(7)} MB ${cpuPerPage(r).toFixed(2).padStart(13)} ${mainPerPage(r).toFixed(2).padStart(12)}`,
    );
  }
  const b = results.leadscout;
  const reasons = (p: PhaseResult) => Object.entries(p.rendered ?? {});
  const renderedPages = [...reasons(b.big), ...reasons(b.small)].reduce((a, [, n]) => a + n, 0);
  console.log(
    `render "auto": Leadscout rendered ${renderedPages} of ${b.big.pages + b.small.pages} pages` +
      ` (${[...reasons(b.big), ...reasons(b.small)].map(([k, n]) => `${k} ${n}`).join(", ") || "none looked script-built"}),` +
      ` ${(b.big.renderSkipped ?? 0) + (b.small.renderSkipped ?? 0)} over budget; Chromium: ${b.big.chromium}`,
  );
  const vsBaseline = overall(b) / overall(results.baseline);
  const vsCrawlee = overall(b) / overall(results.crawlee);
  const pass = vsBaseline >= 0.7 && vsCrawlee >= 1.5;
  console.log(
    `(b)/(a) Leadscout / baseline: ${vsBaseline.toFixed(2)}× (bar ≥ 0.70×; big ${(rate(b.big) / rate(results.baseline.big)).toFixed(2)}×, sites ${(rate(b.small) / rate(results.baseline.small)).toFixed(2)}×)`,
  );
  const parse = results.parse;
  console.log(
    `    for scale: fetch + one parse per page, no extraction / baseline: ${(overall(parse) / overall(results.baseline)).toFixed(2)}× (big ${(rate(parse.big) / rate(results.baseline.big)).toFixed(2)}×, sites ${(rate(parse.small) / rate(results.baseline.small)).toFixed(2)}×)`,
  );
  console.log(
    `(b)/(c) Leadscout / Crawlee:  ${vsCrawlee.toFixed(2)}× (bar ≥ 1.50×; big ${(rate(b.big) / rate(results.crawlee.big)).toFixed(2)}×, sites ${(rate(b.small) / rate(results.crawlee.small)).toFixed(2)}×)`,
  );
  console.log(
    `CPU per page: Leadscout ${cpuPerPage(b).toFixed(2)} ms, baseline ${cpuPerPage(results.baseline).toFixed(2)} ms, ` +
      `Crawlee ${cpuPerPage(results.crawlee).toFixed(2)} ms (load-independent; what the 0 ms ratio comes down to on a saturated machine)`,
  );
  console.log(
    `memory: Leadscout ${b.maxRssMb.toFixed(0)} MB vs Crawlee ${results.crawlee.maxRssMb.toFixed(0)} MB peak RSS; bar ${pass ? "met" : "NOT met"} at ${latencyMs} ms`,
  );
  return pass;
}

const verdicts: boolean[] = [];
for (const latency of LATENCIES) verdicts.push(await scenario(latency));
if (process.env.BENCH_RENDER !== "0") await renderSection();
process.exitCode = verdicts[0] ? 0 : 1;
