import { describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createJob } from "@/lib/jobs";
import { useTestDb } from "../helpers/db";
import { createOrg, creditsOf, ledgerOf } from "./world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
// On Postgres (DATABASE_URL, `pnpm test:pg`) the 20 creations really run at once on separate
// connections and race on the credits row; on PGlite they take turns. No executor runs here: the
// jobs stay pending, only their holds are checked.
useTestDb();

describe("holds taken by 20 job creations at once", () => {
  it("exactly the five the balance covers are created; the balance ends at zero, never below", async () => {
    const { orgId, claims } = await createOrg(50);
    const urls = Array.from({ length: 5 }, (_, i) => `https://race-${i}.example.com`);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => createJob(claims, orgId, { type: "bulk", urls })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(ok).toHaveLength(5);
    expect(refused.every((e) => e instanceof AppError && e.code === "insufficient_credits")).toBe(
      true,
    );
    expect(await creditsOf(orgId)).toEqual({ balance: 0, reserved: 50 });
    const jobs = await asServiceRole((tx) =>
      tx
        .selectFrom("scraping_jobs")
        .select("credits_reserved")
        .where("org_id", "=", orgId)
        .execute(),
    );
    expect(jobs.map((j) => j.credits_reserved)).toEqual([10, 10, 10, 10, 10]);
    const ledger = await ledgerOf(orgId);
    expect(ledger.filter((t) => t.kind === "reserve")).toHaveLength(5);
    expect(ledger.every((t) => t.balance_after >= 0)).toBe(true);
  });
});
