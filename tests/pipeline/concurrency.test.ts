import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { createJob, type Job } from "@/lib/jobs";
import { useExecutorDb } from "../inngest/harness";
import {
  createOrg,
  creditsOf,
  jobRow,
  leadsOf,
  ledgerOf,
  usePipelineWorld,
  waitForJobEnd,
} from "./world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
});
useExecutorDb();

const world = usePipelineWorld([3]);

describe("20 jobs at once against a balance that covers 5", () => {
  it("five run and are charged exactly their work; fifteen get a 402; the balance never dips below zero", async () => {
    // Each job: 3 sites × (scrape + enrich) = a hold of 6; 30 credits cover five jobs.
    const { orgId, claims } = await createOrg(30, "pro");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        createJob(claims, orgId, { type: "bulk", urls: world.web.urls }),
      ),
    );
    const started = results.filter(
      (r): r is PromiseFulfilledResult<Job> => r.status === "fulfilled",
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(started).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe("insufficient_credits");
      expect((r.reason as AppError).details).toMatchObject({ required: 6, shortfall: 6 });
    }
    expect(await creditsOf(orgId)).toEqual({ balance: 0, reserved: 30 });

    let lowest = Infinity;
    const sampler = setInterval(() => {
      creditsOf(orgId).then(
        (c) => (lowest = Math.min(lowest, c.balance, c.reserved)),
        () => {},
      );
    }, 50);
    const ended = await Promise.all(started.map((s) => waitForJobEnd(s.value.id)));
    clearInterval(sampler);
    expect(ended.map((j) => j.status)).toEqual(Array(5).fill("completed"));
    expect(lowest).toBeGreaterThanOrEqual(0);

    const ledger = await ledgerOf(orgId);
    const charges = ledger.filter((t) => t.kind === "charge");
    const used = ended.reduce((s, j) => s + j.credits_used, 0);
    expect(-charges.reduce((s, c) => s + c.amount, 0)).toBe(used);
    // Exactly the work done: every job scraped its 3 sites; each enriched what it found.
    expect(charges.filter((c) => c.idempotency_key.endsWith(":scrape"))).toHaveLength(15);
    for (const j of ended) {
      const row = await jobRow(j.id);
      expect(row.credits_used + row.credits_released).toBe(6);
      expect(row.credits_used).toBe(
        charges.filter((c) => c.job_id === j.id).reduce((s, c) => s - c.amount, 0),
      );
    }
    expect(await creditsOf(orgId)).toEqual({ balance: 30 - used, reserved: 0 });
    expect(ledger.every((t) => t.balance_after >= 0)).toBe(true);

    // The same three companies found by five jobs are three leads, each remembering every job.
    const leads = await leadsOf(orgId);
    expect(leads).toHaveLength(3);
    for (const lead of leads)
      expect(new Set((lead.sources as { job_id: string }[]).map((s) => s.job_id)).size).toBe(5);
  }, 300_000);
});
