import { describe, expect, it, vi } from "vitest";
import { cancelJob, createJob, getJob } from "@/lib/jobs";
import { runsOf, useExecutorDb, waitFor } from "../inngest/harness";
import { createOrg, creditsOf, jobRow, jobUrlsOf, ledgerOf, usePipelineWorld } from "./world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
});
useExecutorDb();

// A small executor so most URLs are still waiting when the job is cancelled.
const world = usePipelineWorld([40], { concurrency: 3 });

describe("cancelling a running job", () => {
  it("stops new URLs, lets in-flight ones settle without charging, and returns the unused hold", async () => {
    const { orgId, claims } = await createOrg(500, "free");
    const job = await createJob(claims, orgId, { type: "bulk", urls: world.web.urls });
    await waitFor(
      "a few URLs to settle",
      async () => (await jobRow(job.id)).processed_urls >= 3,
      120_000,
    );
    const cancelled = await cancelJob(claims, orgId, job.id);
    expect(cancelled.status).toBe("cancelled");
    const usedAtCancel = cancelled.credits.used;
    expect(cancelled.credits.used + cancelled.credits.released).toBe(cancelled.credits.reserved);

    // Every run of the job ends (cancelled or finished); nothing is left running.
    await waitFor(
      "the job's runs to end",
      async () => (await runsOf("jobs-process-url")).every((r) => r.status !== "running"),
      120_000,
    );
    const row = await jobRow(job.id);
    expect(row.status).toBe("cancelled");
    expect(row.credits_used).toBe(usedAtCancel); // nothing charged after the cancel
    const urls = await jobUrlsOf(job.id);
    expect(urls.filter((u) => u.status === "pending" || u.status === "processing")).toHaveLength(0);
    expect(urls.filter((u) => u.status === "cancelled").length).toBeGreaterThan(20);
    const charges = (await ledgerOf(orgId)).filter((t) => t.kind === "charge");
    expect(-charges.reduce((s, c) => s + c.amount, 0)).toBe(usedAtCancel);
    expect(await creditsOf(orgId)).toEqual({ balance: 500 - usedAtCancel, reserved: 0 });
    expect((await getJob(claims, orgId, job.id)).progress.processing_urls).toBe(0);
  }, 300_000);
});
