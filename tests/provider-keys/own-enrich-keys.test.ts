import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { closeMcpConnections } from "@/lib/mcp";
import { createJob } from "@/lib/jobs";
import { saveProviderKey } from "@/lib/provider-keys";
import type { LocalExecutor } from "@/inngest/local";
import { useExecutorDb } from "../inngest/harness";
import { useFixtureDns } from "../pipeline/fixture-dns";
import { serveFixtureWeb, type FixtureWeb } from "../pipeline/fixture-web";
import {
  createOrg,
  enrichmentOf,
  leadsOf,
  ledgerOf,
  startPipeline,
  waitForJobEnd,
  type TestOrg,
} from "../pipeline/world";
import { enrichmentCall, startFakeProviders, type FakeProviders } from "./fake-providers";

// Jobs against loopback Hunter and Apollo APIs, the platform running both on its own keys. An
// organization with its own key for both enriches on ITS keys (the providers see them) and is
// charged nothing for enrichment; one with Hunter's key only has Hunter called on its key,
// Apollo on the platform's, and pays as before; one without keys runs on the platform's keys
// and pays. The keys are nowhere in the logs, the events, the steps' stored output or the job.
const PLATFORM = vi.hoisted(() => {
  const keys = { hunter: "platform-hunter-key-9001", apollo: "platform-apollo-key-9002" };
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
  delete process.env.ANTHROPIC_API_KEY;
  delete process.env.LINKEDIN_SEARCH_API_KEY;
  delete process.env.LINKEDIN_SEARCH_BASE_URL;
  process.env.HUNTER_API_KEY = keys.hunter;
  process.env.APOLLO_API_KEY = keys.apollo;
  return keys;
});
useExecutorDb();

const PER_JOB = 3;
const BOTH = { hunter: "org-a-own-hunter-key-AAAA", apollo: "org-a-own-apollo-key-BBBB" };
const HUNTER_ONLY = "org-b-own-hunter-key-CCCC";
const ORG_KEYS = [BOTH.hunter, BOTH.apollo, HUNTER_ONLY];

let web: FixtureWeb;
let dns: Awaited<ReturnType<typeof useFixtureDns>>;
let fake: FakeProviders;
let executor: LocalExecutor;
let logged = "";
const restores: (() => void)[] = [];

/** Everything this process writes (the app's structured logs) is kept for the last check. */
function captureOutput(stream: NodeJS.WriteStream) {
  const original = stream.write.bind(stream);
  const spy = vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: never[]) => {
    logged += String(chunk);
    return original(chunk as string, ...rest);
  }) as typeof stream.write);
  restores.push(() => spy.mockRestore());
}

beforeAll(async () => {
  dns = await useFixtureDns();
  fake = await startFakeProviders([...Object.values(PLATFORM), ...ORG_KEYS]);
  // Read by the enricher server when it starts (and by the app's own env).
  process.env.HUNTER_BASE_URL = fake.url;
  process.env.APOLLO_BASE_URL = fake.url;
  resetEnvForTests();
  web = await serveFixtureWeb(PER_JOB * 3);
  executor = await startPipeline({ concurrency: 8 });
  captureOutput(process.stdout);
  captureOutput(process.stderr);
}, 60_000);
afterAll(async () => {
  for (const restore of restores) restore();
  await executor?.stop();
  await closeMcpConnections();
  await web?.close();
  await fake?.close();
  await dns?.close();
  for (const v of ["HUNTER_BASE_URL", "APOLLO_BASE_URL", "HUNTER_API_KEY", "APOLLO_API_KEY"])
    delete process.env[v];
  resetEnvForTests();
});

/** Runs a job over `urls` for `org`; answers it and the provider calls it made, as [provider, key]. */
async function runJob(org: TestOrg, urls: string[]) {
  // Every site here is on 127.0.0.1, one domain to the company lookups: a fresh enricher (and
  // cache) per job lets each job show which key it calls with. That answers bought with one key
  // are not served to another is tests/enricher/own-keys.test.ts's.
  await closeMcpConnections();
  const before = fake.seen.length;
  const created = await createJob(org.claims, org.orgId, { type: "bulk", urls });
  const row = await waitForJobEnd(created.id);
  expect(row.status).toBe("completed");
  const calls = fake.seen.slice(before).flatMap((r) => {
    const c = enrichmentCall(r);
    return c ? [c] : [];
  });
  const keysFor = (p: "hunter" | "apollo") => [
    ...new Set(calls.filter((c) => c.provider === p).map((c) => c.key)),
  ];
  return { created, row, hunterKeys: keysFor("hunter"), apolloKeys: keysFor("apollo") };
}

const charges = async (orgId: string, what: "scrape" | "enrich") =>
  (await ledgerOf(orgId)).filter(
    (t) => t.kind === "charge" && t.idempotency_key.endsWith(`:${what}`),
  );

const urlsOf = (job: number) => web.urls.slice(job * PER_JOB, (job + 1) * PER_JOB);
const orgs: TestOrg[] = [];

describe("enrichment on an organization's own Hunter and Apollo keys", () => {
  it("with both keys: calls Hunter and Apollo on the organization's keys and charges nothing for it", async () => {
    const org = await createOrg(1_000, "pro");
    orgs.push(org);
    await saveProviderKey(org.claims, org.orgId, { provider: "hunter", key: BOTH.hunter });
    await saveProviderKey(org.claims, org.orgId, { provider: "apollo", key: BOTH.apollo });

    const { created, row, hunterKeys, apolloKeys } = await runJob(org, urlsOf(0));
    expect(created.credits.reserved).toBe(PER_JOB); // the crawl only: enrichment is on its keys
    expect(row.input).toMatchObject({ ownKeys: ["hunter", "apollo"], ownEnrich: true });
    expect(hunterKeys).toEqual([BOTH.hunter]);
    expect(apolloKeys).toEqual([BOTH.apollo]);

    const enriched = await enrichmentOf(org.orgId);
    expect(enriched.some((e) => e.provider === "hunter" || e.provider === "apollo")).toBe(true);
    // No enrichment charge (a zero charge writes no ledger row): the job used its crawls only.
    expect(await charges(org.orgId, "enrich")).toEqual([]);
    const used = (await ledgerOf(org.orgId)).filter((t) => t.kind === "charge");
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((c) => c.idempotency_key.endsWith(":scrape"))).toBe(true);
    expect(row.credits_used).toBe(-used.reduce((sum, c) => sum + c.amount, 0));
  }, 240_000);

  it("with Hunter's key only: Hunter on its key, Apollo on the platform's, charged as before", async () => {
    const org = await createOrg(1_000, "pro");
    orgs.push(org);
    await saveProviderKey(org.claims, org.orgId, { provider: "hunter", key: HUNTER_ONLY });

    const { created, row, hunterKeys, apolloKeys } = await runJob(org, urlsOf(1));
    expect(created.credits.reserved).toBe(PER_JOB * 2); // crawl + enrichment
    expect(row.input).toMatchObject({ ownKeys: ["hunter"] });
    expect(row.input).not.toHaveProperty("ownEnrich");
    expect(hunterKeys).toEqual([HUNTER_ONLY]);
    expect(apolloKeys).toEqual([PLATFORM.apollo]);
    const enrich = await charges(org.orgId, "enrich");
    expect(enrich.length).toBeGreaterThan(0);
    expect(enrich.every((c) => c.amount === -1)).toBe(true);
  }, 240_000);

  it("without keys: the platform's keys, charged as before", async () => {
    const org = await createOrg(1_000, "pro");
    orgs.push(org);
    const { created, row, hunterKeys, apolloKeys } = await runJob(org, urlsOf(2));
    expect(created.credits.reserved).toBe(PER_JOB * 2);
    expect(row.input).toMatchObject({ ownKeys: [] });
    expect(hunterKeys).toEqual([PLATFORM.hunter]);
    expect(apolloKeys).toEqual([PLATFORM.apollo]);
    expect((await charges(org.orgId, "enrich")).length).toBeGreaterThan(0);
  }, 240_000);

  it("kept the organizations' keys out of the logs, the events, the steps and the jobs", async () => {
    expect(orgs).toHaveLength(3);
    const { rows } = await asServiceRole((tx) =>
      sql<{ dump: string | null }>`select concat_ws(' ',
          (select string_agg(e::text, ' ') from inngest_local.events e),
          (select string_agg(r::text, ' ') from inngest_local.runs r),
          (select string_agg(s::text, ' ') from inngest_local.steps s),
          (select string_agg(j::text, ' ') from public.scraping_jobs j)) as dump`.execute(tx),
    );
    const executorState = rows[0]?.dump ?? "";
    expect(executorState).toContain("job/url.requested");
    const stored = JSON.stringify(
      await Promise.all(
        orgs.map(async (o) => [
          await leadsOf(o.orgId),
          await enrichmentOf(o.orgId),
          await ledgerOf(o.orgId),
        ]),
      ),
    );
    const jobUrls = JSON.stringify(
      await asServiceRole((tx) => tx.selectFrom("job_urls").selectAll().execute()),
    );
    for (const key of ORG_KEYS) {
      expect(executorState).not.toContain(key);
      expect(stored).not.toContain(key);
      expect(jobUrls).not.toContain(key);
      expect(logged).not.toContain(key);
    }
  });
});
