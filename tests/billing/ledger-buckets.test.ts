import { describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createJob } from "@/lib/jobs";
import { chargeJobCredits, getCreditBuckets, moveCredits, releaseJobCredits } from "@/lib/credits";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

const buckets = (orgId: string) => asServiceRole((tx) => getCreditBuckets(tx, orgId));
const move = (
  orgId: string,
  ...args: Parameters<typeof moveCredits> extends [unknown, unknown, ...infer R] ? R : never
) => asServiceRole((tx) => moveCredits(tx, orgId, ...args));
const charge = (jobId: string, amount: number, key: string) =>
  asServiceRole((tx) => chargeJobCredits(tx, jobId, amount, key, `test charge ${key}`));
const ledgerOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("credit_transactions")
      .selectAll()
      .where("org_id", "=", orgId)
      .orderBy("created_at")
      .execute(),
  );
const fiveUrls = (tag: string) =>
  Array.from({ length: 5 }, (_, i) => `https://${tag}-${i}.example.com`);

describe("two buckets: allowance spent first, purchased never expires", () => {
  it("a pack adds to purchased; charges draw the allowance first; release changes no bucket", async () => {
    const { orgId, claims } = await createOrg(30); // allowance 30
    expect(await move(orgId, "purchase", 20, { key: "pack:a", description: "1k pack" })).toBe(20);
    expect(await buckets(orgId)).toEqual({
      balance: 50,
      reserved: 0,
      purchased: 20,
      allowance: 30,
    });

    const job = await createJob(claims, orgId, { type: "bulk", urls: fiveUrls("spend") });
    expect(await buckets(orgId)).toEqual({
      balance: 40,
      reserved: 10,
      purchased: 20,
      allowance: 30,
    });
    // Holds spend nothing yet; charges come out of the allowance while it lasts.
    const other = await createJob(claims, orgId, { type: "bulk", urls: fiveUrls("spend2") });
    await charge(other.id, 10, "k-other");
    await charge(job.id, 8, "k1");
    expect(await buckets(orgId)).toEqual({
      balance: 30,
      reserved: 2,
      purchased: 20,
      allowance: 12,
    });
    await asServiceRole((tx) => releaseJobCredits(tx, job.id));
    expect(await buckets(orgId)).toEqual({
      balance: 32,
      reserved: 0,
      purchased: 20,
      allowance: 12,
    });

    // A charge larger than the allowance left takes the rest from purchased.
    const big = await createJob(claims, orgId, {
      type: "bulk",
      urls: [...fiveUrls("big-a"), ...fiveUrls("big-b"), ...fiveUrls("big-c")],
    });
    await charge(big.id, 30, "k-big");
    expect(await buckets(orgId)).toEqual({ balance: 2, reserved: 0, purchased: 2, allowance: 0 });
    const row = (await ledgerOf(orgId)).find((t) => t.idempotency_key === "k-big");
    expect(row).toMatchObject({ kind: "charge", amount: -30, purchased_delta: -18 });
  });

  it("renewal tops the allowance up to the plan's amount, never cuts, purchased untouched; replays change nothing", async () => {
    const { orgId } = await createOrg(40);
    await move(orgId, "purchase", 500, { key: "pack:b", description: "pack" });
    expect(await move(orgId, "allowance", 100, { key: "renew:1", description: "renewal" })).toBe(
      60,
    );
    expect(await buckets(orgId)).toMatchObject({ balance: 600, purchased: 500, allowance: 100 });
    expect(
      await move(orgId, "allowance", 100, { key: "renew:1", description: "again" }),
    ).toBeNull();
    // A smaller allowance (a downgrade) does not cut what is there.
    expect(await move(orgId, "allowance", 20, { key: "renew:2", description: "free" })).toBe(0);
    expect(await buckets(orgId)).toMatchObject({ balance: 600, purchased: 500, allowance: 100 });
  });

  it("a clawback removes min(asked, purchased); only it takes the balance below zero, then jobs are refused", async () => {
    const { orgId, claims } = await createOrg(0);
    await move(orgId, "purchase", 10, { key: "pack:c", description: "pack" });
    await createJob(claims, orgId, { type: "bulk", urls: fiveUrls("held") }); // holds all 10
    expect(
      await move(orgId, "clawback", 1_000, {
        key: "refund:ch_1",
        description: "refund",
        stripeObjectId: "ch_1",
      }),
    ).toBe(-10);
    expect(await buckets(orgId)).toEqual({
      balance: -10,
      reserved: 10,
      purchased: 0,
      allowance: 0,
    });
    const err = await createJob(claims, orgId, {
      type: "single",
      url: "https://x.example.com",
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("insufficient_credits");
    const rows = await ledgerOf(orgId);
    expect(rows.find((t) => t.kind === "clawback")).toMatchObject({
      amount: -10,
      balance_after: -10,
      purchased_delta: -10,
      stripe_object_id: "ch_1",
    });
  });
});

describe("20 jobs created at once on a balance that covers 5, mixed buckets", () => {
  it("exactly five are held and charged; the balance never goes below zero", async () => {
    const { orgId, claims } = await createOrg(30); // allowance 30
    await move(orgId, "purchase", 20, { key: "pack:race", description: "pack" });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        createJob(claims, orgId, { type: "bulk", urls: fiveUrls(`race${i}`) }),
      ),
    );
    const jobs = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(jobs).toHaveLength(5);
    expect(
      results.every(
        (r) =>
          r.status === "fulfilled" ||
          (r.reason instanceof AppError && r.reason.code === "insufficient_credits"),
      ),
    ).toBe(true);
    expect(await buckets(orgId)).toEqual({
      balance: 0,
      reserved: 50,
      purchased: 20,
      allowance: 30,
    });
    // Every job's work charged at once, twice over (a replay of each step): exactly 50 charged.
    await Promise.all(
      jobs.flatMap((j) =>
        [1, 2].flatMap(() => [charge(j.id, 6, `${j.id}:a`), charge(j.id, 6, `${j.id}:b`)]),
      ),
    );
    expect(await buckets(orgId)).toEqual({ balance: 0, reserved: 0, purchased: 0, allowance: 0 });
    const ledger = await ledgerOf(orgId);
    expect(ledger.filter((t) => t.kind === "charge").reduce((a, t) => a - t.amount, 0)).toBe(50);
    expect(ledger.every((t) => t.balance_after >= 0)).toBe(true);
  });
});
