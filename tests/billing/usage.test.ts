import { describe, expect, it } from "vitest";
import { creditsUsedPerDay, fillDays, periodStart } from "@/lib/billing/usage";
import { asServiceRole } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";

useTestDb();

// The Billing page's chart: credits used per UTC day this period, from the ledger's charge rows.

const at = (iso: string) => new Date(iso);
let n = 0;
async function ledger(orgId: string, kind: string, amount: number, createdAt: string) {
  n += 1;
  await asServiceRole((tx) =>
    tx
      .insertInto("credit_transactions")
      .values({
        org_id: orgId,
        kind: kind as "charge",
        amount,
        balance_after: 0,
        idempotency_key: `usage-fixture-${n}`,
        description: "fixture",
        created_at: at(createdAt),
      })
      .execute(),
  );
}

describe("credits used per day", () => {
  it("the period starts a month before the allowance renews, else at the Stripe period, at most 31 days back", () => {
    const now = at("2026-03-20T15:00:00Z");
    expect(
      periodStart(
        { allowance_renews_at: at("2026-04-05T09:30:00Z"), current_period_start: null },
        now,
      ),
    ).toEqual(at("2026-03-05T00:00:00Z"));
    expect(
      periodStart(
        { allowance_renews_at: null, current_period_start: at("2026-03-12T08:00:00Z") },
        now,
      ),
    ).toEqual(at("2026-03-12T00:00:00Z"));
    // A yearly period's start (months ago) is not "this period": the last 30 days are.
    expect(
      periodStart(
        { allowance_renews_at: null, current_period_start: at("2025-06-01T00:00:00Z") },
        now,
      ),
    ).toEqual(at("2026-02-18T00:00:00Z"));
  });

  it("fills every day of the range, zero where nothing was used", () => {
    expect(
      fillDays(
        [{ day: "2026-03-02", used: 4 }],
        at("2026-03-01T10:00:00Z"),
        at("2026-03-03T01:00:00Z"),
      ),
    ).toEqual([
      { day: "2026-03-01", used: 0 },
      { day: "2026-03-02", used: 4 },
      { day: "2026-03-03", used: 0 },
    ]);
  });

  it("sums the charges of each UTC day from the ledger, nothing else, nobody else's", async () => {
    const org = await createOrg(100, "free");
    const other = await createOrg(100, "free");
    await asServiceRole((tx) =>
      tx
        .updateTable("subscriptions")
        .set({ allowance_renews_at: at("2026-04-03T12:00:00Z") })
        .where("org_id", "=", org.orgId)
        .execute(),
    );
    const now = at("2026-03-06T18:00:00Z"); // period: 2026-03-03 .. 2026-03-06
    await ledger(org.orgId, "charge", -7, "2026-03-02T23:59:59Z"); // before the period
    await ledger(org.orgId, "charge", -2, "2026-03-03T00:00:00Z");
    await ledger(org.orgId, "charge", -3, "2026-03-03T23:59:59Z");
    await ledger(org.orgId, "reserve", -50, "2026-03-03T10:00:00Z"); // a hold is not usage
    await ledger(org.orgId, "release", 40, "2026-03-03T11:00:00Z");
    await ledger(org.orgId, "clawback", -100, "2026-03-04T09:00:00Z"); // taken back, not used
    await ledger(org.orgId, "charge", -1, "2026-03-05T06:00:00Z");
    await ledger(org.orgId, "charge", -4, "2026-03-05T21:00:00Z");
    await ledger(org.orgId, "charge", -9, "2026-03-06T19:00:00Z"); // after `now`
    await ledger(other.orgId, "charge", -30, "2026-03-04T12:00:00Z"); // another organization
    const usage = await creditsUsedPerDay(org.claims, org.orgId, now);
    // By hand: 3 March 2 + 3 = 5; 4 March nothing; 5 March 1 + 4 = 5; 6 March nothing (yet).
    expect(usage).toEqual({
      from: "2026-03-03",
      to: "2026-03-06",
      days: [
        { day: "2026-03-03", used: 5 },
        { day: "2026-03-04", used: 0 },
        { day: "2026-03-05", used: 5 },
        { day: "2026-03-06", used: 0 },
      ],
    });
  });
});
