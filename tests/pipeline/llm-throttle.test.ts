import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeMcpConnections } from "@/lib/mcp";
import { createJob } from "@/lib/jobs";
import { LLM_QUALIFY_LIMIT } from "@/lib/jobs/pipeline/concurrency";
import type { LocalExecutor } from "@/inngest/local";
import { useExecutorDb } from "../inngest/harness";
import { diligentModel, startFakeMessagesServer } from "../qualifier/fake-messages-server";
import type { FakeMessagesServer } from "../qualifier/fake-messages-server";
import { useFixtureDns } from "./fixture-dns";
import { serveFixtureWeb, type FixtureWeb } from "./fixture-web";
import { createOrg, leadsOf, ledgerOf, startPipeline, waitForJobEnd } from "./world";

// With an LLM configured, every lead is scored by Claude (here a loopback stand-in for the
// Messages API, answered by the real @anthropic-ai/sdk inside the qualifier server). The pipeline
// throttles that path: however many URLs run at once, at most LLM_QUALIFY_LIMIT Claude calls are in
// flight. The qualifier's own limit is raised above it, so only the pipeline's throttle holds it.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
  process.env.ANTHROPIC_API_KEY = "sk-ant-test-pipeline";
  process.env.QUALIFIER_LLM_CONCURRENCY = "8";
});
useExecutorDb();

const SITES = 12;
let web: FixtureWeb;
let dns: Awaited<ReturnType<typeof useFixtureDns>>;
let claude: FakeMessagesServer;
let executor: LocalExecutor;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  dns = await useFixtureDns();
  claude = await startFakeMessagesServer(async (req, index) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    // Slow enough that unthrottled calls would pile up on one another.
    await new Promise((r) => setTimeout(r, 150));
    inFlight -= 1;
    return diligentModel(req, index);
  });
  process.env.ANTHROPIC_BASE_URL = claude.url; // read by the qualifier server when it starts
  web = await serveFixtureWeb(SITES);
  executor = await startPipeline({ concurrency: 24 });
}, 60_000);
afterAll(async () => {
  await executor?.stop();
  await closeMcpConnections();
  await web?.close();
  await claude?.close();
  await dns?.close();
});

describe("the LLM qualification path", () => {
  it("scores every lead with the LLM, charges it once per lead, and never exceeds its concurrency limit", async () => {
    const { orgId, claims } = await createOrg(1_000, "pro");
    const created = await createJob(claims, orgId, { type: "bulk", urls: web.urls });
    expect(created.credits.reserved).toBe(SITES * 3); // scrape + enrich + LLM scoring per URL

    const row = await waitForJobEnd(created.id);
    expect(row.status).toBe("completed");
    expect(row.successful_urls).toBe(SITES);

    const leads = await leadsOf(orgId);
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((l) => l.qualification_method === "llm" && l.score !== null)).toBe(true);
    expect(claude.requests.length).toBeGreaterThanOrEqual(leads.length);
    expect(maxInFlight).toBeGreaterThan(0);
    expect(maxInFlight).toBeLessThanOrEqual(LLM_QUALIFY_LIMIT);

    const qualifyCharges = (await ledgerOf(orgId)).filter(
      (t) => t.kind === "charge" && t.idempotency_key.endsWith(":qualify"),
    );
    expect(qualifyCharges).toHaveLength(leads.length);
    expect(qualifyCharges.every((c) => c.amount === -1)).toBe(true);
  }, 240_000);
});
