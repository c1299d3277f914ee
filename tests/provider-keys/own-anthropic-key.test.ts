import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeMcpConnections } from "@/lib/mcp";
import { createJob } from "@/lib/jobs";
import { saveProviderKey } from "@/lib/provider-keys";
import type { LocalExecutor } from "@/inngest/local";
import { useExecutorDb } from "../inngest/harness";
import {
  diligentModel,
  startFakeMessagesServer,
  type FakeMessagesServer,
} from "../qualifier/fake-messages-server";
import { useFixtureDns } from "../pipeline/fixture-dns";
import { serveFixtureWeb, type FixtureWeb } from "../pipeline/fixture-web";
import { createOrg, leadsOf, ledgerOf, startPipeline, waitForJobEnd } from "../pipeline/world";
import { anthropicKeyOf } from "./fake-providers";

// The platform has no Anthropic key here. An organization that saved its own scores its leads
// with Claude (a loopback Messages API answered through the real SDK inside the qualifier server),
// with ITS key on every request, and is charged nothing for that scoring, at creation (the hold)
// or at settlement. Another organization without a key is scored by rules, as before.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
  delete process.env.ANTHROPIC_API_KEY;
});
useExecutorDb();

const SITES = 4;
const OWN_KEY = "sk-ant-api03-org-own-key-for-tests-ZZ99";
let web: FixtureWeb;
let dns: Awaited<ReturnType<typeof useFixtureDns>>;
let claude: FakeMessagesServer;
let executor: LocalExecutor;

beforeAll(async () => {
  dns = await useFixtureDns();
  claude = await startFakeMessagesServer(diligentModel);
  process.env.ANTHROPIC_BASE_URL = claude.url; // read by the qualifier server when it starts
  web = await serveFixtureWeb(SITES);
  executor = await startPipeline({ concurrency: 8 });
}, 60_000);
afterAll(async () => {
  await executor?.stop();
  await closeMcpConnections();
  await web?.close();
  await claude?.close();
  await dns?.close();
  delete process.env.ANTHROPIC_BASE_URL;
});

const qualifyCharges = async (orgId: string) =>
  (await ledgerOf(orgId)).filter(
    (t) => t.kind === "charge" && t.idempotency_key.endsWith(":qualify"),
  );

describe("a job of an organization with its own Anthropic key", () => {
  it("scores with Claude using that key and charges nothing for it", async () => {
    const { orgId, claims } = await createOrg(1_000, "pro");
    await saveProviderKey(claims, orgId, { provider: "anthropic", key: OWN_KEY });

    const created = await createJob(claims, orgId, { type: "bulk", urls: web.urls });
    expect(created.credits.reserved).toBe(SITES * 2); // scrape + enrich; Claude on its own key
    const row = await waitForJobEnd(created.id);
    expect(row.status).toBe("completed");

    const leads = await leadsOf(orgId);
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((l) => l.qualification_method === "llm")).toBe(true);
    expect(claude.requests.length).toBeGreaterThanOrEqual(1);
    expect(claude.requests.every((r) => anthropicKeyOf(r.headers) === OWN_KEY)).toBe(true);

    // No qualification charge (a zero charge writes no ledger row); what the job used is
    // exactly its scrape and enrichment charges.
    expect(await qualifyCharges(orgId)).toEqual([]);
    const charged = (await ledgerOf(orgId)).filter((t) => t.kind === "charge");
    expect(charged.length).toBeGreaterThan(0);
    expect(charged.every((c) => /:(scrape|enrich)$/.test(c.idempotency_key))).toBe(true);
    expect(row.credits_used).toBe(-charged.reduce((sum, c) => sum + c.amount, 0));
    // The key is nowhere in what the job stored.
    expect(JSON.stringify([row, leads, await ledgerOf(orgId)])).not.toContain(OWN_KEY);
  }, 240_000);

  it("leaves another organization without a key on the platform's terms (rules here)", async () => {
    const seen = claude.requests.length;
    const { orgId, claims } = await createOrg(1_000, "pro");
    const created = await createJob(claims, orgId, { type: "bulk", urls: web.urls });
    expect(created.credits.reserved).toBe(SITES * 2);
    expect((await waitForJobEnd(created.id)).status).toBe("completed");
    const leads = await leadsOf(orgId);
    expect(leads.every((l) => l.qualification_method === "rules")).toBe(true);
    expect(claude.requests.length).toBe(seen);
    expect(await qualifyCharges(orgId)).toEqual([]);
  }, 240_000);
});
