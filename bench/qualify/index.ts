// pnpm bench:qualify — qualifier figures, printed, not asserted.
//  1. Rules-engine throughput (leads/s) on 100,000 generated leads, on the one JS thread of this
//     process, next to a baseline (JSON-serializing each lead) measured in the same run.
//  2. Claude path against the local Messages API stand-in (token usage computed from request and
//     reply sizes, prompt cache simulated): input/output tokens per lead, one lead per request vs
//     several leads per request.
import os from "node:os";
import { rulesEngine, qualifyWithFallback } from "../../mcp-servers/qualifier/src/lib/engines";
import { DEFAULT_MODEL, type LlmConfig } from "../../mcp-servers/qualifier/src/lib/llm/config";
import {
  createLlmEngine,
  type ClaudeUsage,
} from "../../mcp-servers/qualifier/src/lib/llm/llm-engine";
import { DEFAULT_RULE_SET } from "../../mcp-servers/qualifier/src/lib/rules/schema";
import { scoreLead } from "../../mcp-servers/qualifier/src/lib/rules/score";
import { detectLeadSignals } from "../../mcp-servers/qualifier/src/lib/signals/detect";
import { startFakeMessagesServer } from "../../tests/qualifier/fake-messages-server";
import { generateLeads } from "./generate-leads";

const N = 100_000;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

// Leads per second of this process's own CPU time (user + system), so that other work on a
// shared machine does not count against it; wall-clock figures are printed beside it.
function time(label: string, run: () => number): number {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const sink = run();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSecs = (used.user + used.system) / 1e6;
  console.log(
    `  ${label.padEnd(42)} ${fmt(N / cpuSecs).padStart(9)} leads/s of CPU  ${fmt(N / wall).padStart(9)} leads/s wall  (cpu ${cpuSecs.toFixed(2)} s, wall ${wall.toFixed(2)} s, check ${sink})`,
  );
  return N / cpuSecs;
}

async function rulesThroughput(): Promise<void> {
  console.log(`\n1. Rules engine, ${fmt(N)} generated leads, default B2B profile, one thread`);
  console.log(
    `   ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  );
  const leads = generateLeads(N);
  for (const lead of leads.slice(0, 5000)) scoreLead(lead, DEFAULT_RULE_SET); // warm-up
  time("baseline: JSON.stringify each lead", () =>
    leads.reduce((s, l) => s + JSON.stringify(l).length, 0),
  );
  time("signal detection only", () =>
    leads.reduce((s, l) => s + detectLeadSignals(l.pages).length, 0),
  );
  const rate = time("scoreLead (signals + 16 rules + reasons)", () =>
    leads.reduce((s, l) => s + scoreLead(l, DEFAULT_RULE_SET).score, 0),
  );
  console.log(`   bar ≥ 50,000 leads/s: ${rate >= 50_000 ? "met" : "NOT met"}`);
  const statuses = { hot: 0, warm: 0, cold: 0 };
  for (const lead of leads) statuses[scoreLead(lead, DEFAULT_RULE_SET).status]++;
  console.log(`   status mix: ${JSON.stringify(statuses)}`);
}

async function tokensPerLead(): Promise<void> {
  const LEADS = 200;
  const leads = generateLeads(LEADS, 7);
  console.log(
    `\n2. Claude path, ${LEADS} leads, local Messages API (tokens ≈ chars/4, cache simulated)`,
  );
  console.log(
    "   per lead:          input  cache-write  cache-read  output  total-in  billed-in  requests  llm/rules",
  );
  for (const batchSize of [1, 5, 10]) {
    const fake = await startFakeMessagesServer();
    const usage = { input: 0, write: 0, read: 0, output: 0 };
    const config: LlmConfig = {
      apiKey: "bench",
      baseURL: fake.url,
      model: DEFAULT_MODEL,
      timeoutMs: 30_000,
      maxRetries: 0,
      maxRetryAfterMs: 0,
      batchSize,
      concurrency: 4,
      breakerThreshold: 1000,
      breakerCooldownMs: 0,
    };
    const onUsage = (u: ClaudeUsage) => {
      usage.input += u.input_tokens;
      usage.write += u.cache_creation_input_tokens ?? 0;
      usage.read += u.cache_read_input_tokens ?? 0;
      usage.output += u.output_tokens;
    };
    const results = await qualifyWithFallback(
      [createLlmEngine(config, { onUsage }), rulesEngine],
      leads,
      DEFAULT_RULE_SET,
    );
    const llm = results.filter((q) => q.method === "llm").length;
    const per = (n: number) => (n / LEADS).toFixed(0).padStart(6);
    console.log(
      `   ${`${batchSize} lead(s)/request`.padEnd(18)}${per(usage.input)} ${per(usage.write).padStart(11)} ${per(usage.read).padStart(11)} ${per(usage.output).padStart(7)} ${per(usage.input + usage.write + usage.read).padStart(9)} ${per(usage.input + 1.25 * usage.write + 0.1 * usage.read).padStart(10)} ${String(fake.requests.length).padStart(9)}  ${llm}/${LEADS - llm}`,
    );
    await fake.close();
  }
  console.log(
    "   billed-in: input-token equivalents (cache writes cost 1.25x, cache reads 0.1x an input token)",
  );
}

await rulesThroughput();
await tokensPerLead();
