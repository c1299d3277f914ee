import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeMcpConnections } from "@/lib/mcp";
import type { LocalExecutor } from "@/inngest/local";
import { ZJobEventPayloadSchema } from "@/lib/webhooks";
import type { Job } from "@/lib/jobs";
import { createApiOrg, useUnlimited, type ApiOrg } from "../api/harness/world";
import { serveFixtureWeb, type FixtureWeb } from "../pipeline/fixture-web";
import { startPipeline } from "../pipeline/world";
import { startReceiver, verifyBoth, type Receiver } from "./receiver";
import { api, received, withWebhookDb } from "./world";

// What an integrator does: make a key and an endpoint, post a job over real (loopback) sites,
// and get a job.completed they can verify, whose numbers are the API's numbers.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
  process.env.WEBHOOK_RETRY_SCHEDULE = "0s,100ms,100ms";
});
withWebhookDb();

let web: FixtureWeb;
let receiver: Receiver;
let executor: LocalExecutor;
let org: ApiOrg;

beforeAll(async () => {
  useUnlimited();
  web = await serveFixtureWeb(3, 1);
  receiver = await startReceiver();
  executor = await startPipeline();
  org = await createApiOrg();
}, 120_000);
afterAll(async () => {
  await executor?.stop();
  await closeMcpConnections();
  await receiver?.close();
  await web?.close();
});

describe("a job through the API ends in a verified job.completed", () => {
  it("whose counts match GET /api/v1/jobs/{id}", async () => {
    const hook = await api<{ id: string; secret: string }>(org.keys.all, "POST", "/webhooks", {
      url: `${receiver.url}/crm`,
      events: ["job.completed"],
    });
    expect(hook.status).toBe(201);
    const created = await api<Job & { webhook_secret: string }>(org.keys.write, "POST", "/jobs", {
      type: "bulk",
      urls: web.urls,
      webhook_url: `${receiver.url}/job-hook`,
      // Enrichment looks up mail servers in DNS; this test stays on loopback without it.
      options: { max_pages_per_site: 3, render: "http", enrich: false },
    });
    expect(created.status, JSON.stringify(created.body.error)).toBe(202);
    const jobId = created.body.data.id;

    const [delivery] = await received(receiver, "/crm", 1, 240_000);
    const event = ZJobEventPayloadSchema.parse(verifyBoth(hook.body.data.secret, delivery!));
    // The job's own webhook_url gets the same event, signed with the secret shown at creation.
    expect(created.body.data.webhook_secret).toMatch(/^whsec_/);
    const [own] = await received(receiver, "/job-hook", 1, 60_000);
    expect(verifyBoth(created.body.data.webhook_secret, own!)).toEqual(event);
    expect(() => verifyBoth(hook.body.data.secret, own!)).toThrow();
    const job = (await api<Job>(org.keys.read, "GET", `/jobs/${jobId}`)).body.data;

    expect(event.type).toBe("job.completed");
    expect(job.status).toBe("completed");
    const { processing_urls, percent, eta_seconds, ...counts } = job.progress;
    expect([processing_urls, percent, eta_seconds]).toEqual([0, 100, null]);
    expect(event.data.job).toMatchObject({
      id: jobId,
      status: "completed",
      type: "bulk",
      counts,
      credits_used: job.credits.used,
      timings: {
        created_at: job.created_at,
        started_at: job.started_at,
        completed_at: job.completed_at,
      },
    });
    expect(counts).toMatchObject({ total_urls: 4, successful_urls: 3, failed_urls: 1 });
    expect(event.data.summary.leads).toBe(job.progress.leads_found);
    expect(job.progress.leads_found).toBeGreaterThan(0);

    // leads_url is the API's own: fetched with the key it lists exactly the job's leads.
    const leadsUrl = new URL(event.data.leads_url);
    const leads = await api<{ status: string | null }[]>(
      org.keys.read,
      "GET",
      `${leadsUrl.pathname.replace("/api/v1", "")}${leadsUrl.search}`,
    );
    expect(leads.status).toBe(200);
    expect(leads.body.data).toHaveLength(event.data.summary.leads);
    const { hot, warm, cold } = event.data.summary;
    for (const [status, n] of Object.entries({ hot, warm, cold }))
      expect(
        leads.body.data.filter((l) => l.status === status),
        status,
      ).toHaveLength(n);
  }, 300_000);
});
