import { sql } from "kysely";
import { describe, expect, it, vi } from "vitest";
import { PLANS, PLAN_SPECS } from "@/lib/billing";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createJob } from "@/lib/jobs";
import { orgSlotKey } from "@/lib/jobs/pipeline/concurrency";
import { inviteMember } from "@/lib/orgs";
import { apiKeyPolicyFor, RATE_LIMIT_POLICIES } from "@/lib/ratelimit";
import { useTestDb } from "../helpers/db";
import { createOrg } from "../pipeline/world";
import { callApi, createApiOrg, useUnlimited } from "../api/harness/world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://site-${i}.example.com`);

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

async function setStatus(orgId: string, status: "past_due" | "active") {
  await asServiceRole((tx) =>
    tx.updateTable("subscriptions").set({ status }).where("org_id", "=", orgId).execute(),
  );
}

describe("the plan table decides", () => {
  it("the monthly allowance the database grants is the table's, for every plan", async () => {
    for (const plan of PLANS) {
      const { rows } = await asServiceRole((tx) =>
        sql<{ n: number }>`select public.plan_monthly_credits(${plan}) as n`.execute(tx),
      );
      expect(rows[0]!.n).toBe(PLAN_SPECS[plan].monthlyCredits);
    }
  });

  it("job concurrency slots and API rate limits follow the plan (1/2/4/8 slots)", () => {
    const slots = PLANS.map(
      (p) => new Set(Array.from({ length: 64 }, (_, i) => orgSlotKey("org", p, i))).size,
    );
    expect(slots).toEqual([1, 2, 4, 8]);
    expect(PLANS.map((p) => RATE_LIMIT_POLICIES[apiKeyPolicyFor(p)].limit)).toEqual(
      PLANS.map((p) => PLAN_SPECS[p].apiRequestsPerMinute),
    );
  });
});

describe("limits refuse with a code naming the limit and the plan that lifts it", () => {
  it("URLs per job: 101 URLs on Free → plan_limit_urls_per_job, Starter lifts it; nothing held", async () => {
    const { orgId, claims } = await createOrg(1_000, "free");
    const err = await refusal(createJob(claims, orgId, { type: "bulk", urls: urls(101) }));
    expect(err.code).toBe("plan_limit_urls_per_job");
    expect(err.status).toBe(402);
    expect(err.details).toMatchObject({ plan: "free", allowed: 100, upgrade_to: "starter" });
    expect(err.message).toMatch(/Free plan allows 100 URLs per job.*Starter/);
    const held = await asServiceRole((tx) =>
      tx
        .selectFrom("credits")
        .select(["balance", "reserved"])
        .where("org_id", "=", orgId)
        .execute(),
    );
    expect(held).toEqual([{ balance: 1_000, reserved: 0 }]);
    // 100 is within the plan.
    await expect(createJob(claims, orgId, { type: "bulk", urls: urls(100) })).resolves.toBeTruthy();
  });

  it("pages per site: 30 on Starter → refused, Pro lifts it; the default is within every plan", async () => {
    const { orgId, claims } = await createOrg(1_000, "starter");
    const body = { type: "single", url: "https://a.example.com" };
    const err = await refusal(
      createJob(claims, orgId, { ...body, options: { max_pages_per_site: 30 } }),
    );
    expect(err.code).toBe("plan_limit_pages_per_site");
    expect(err.details).toMatchObject({ plan: "starter", allowed: 25, upgrade_to: "pro" });
    await expect(createJob(claims, orgId, body)).resolves.toBeTruthy();
  });

  it("past due: new jobs refused with a link to fix the card; paid again → accepted", async () => {
    const { orgId, claims } = await createOrg(1_000, "pro");
    await setStatus(orgId, "past_due");
    const err = await refusal(
      createJob(claims, orgId, { type: "single", url: "https://b.example.com" }),
    );
    expect(err.code).toBe("billing_past_due");
    expect(err.details).toMatchObject({ billing_url: "/settings/billing" });
    await setStatus(orgId, "active");
    await expect(
      createJob(claims, orgId, { type: "single", url: "https://b.example.com" }),
    ).resolves.toBeTruthy();
  });

  it("seats: Free holds 3 (members + open invitations); the 4th is refused, re-inviting is not", async () => {
    const { orgId, claims } = await createOrg(100, "free");
    await inviteMember(claims, orgId, { email: "one@example.test", role: "member" });
    await inviteMember(claims, orgId, { email: "two@example.test", role: "viewer" });
    // Re-sending an open invitation replaces it: still 3 seats.
    await inviteMember(claims, orgId, { email: "two@example.test", role: "member" });
    const err = await refusal(
      inviteMember(claims, orgId, { email: "three@example.test", role: "member" }),
    );
    expect(err.code).toBe("plan_limit_seats");
    expect(err.details).toMatchObject({
      plan: "free",
      allowed: 3,
      requested: 4,
      upgrade_to: "starter",
    });
  });

  it("the API answers a plan limit in the envelope with its stable code", async () => {
    useUnlimited();
    const org = await createApiOrg({ plan: "free", balance: 1_000 });
    const res = await callApi("POST", "/jobs", org.keys.all, { type: "bulk", urls: urls(150) });
    expect(res.status).toBe(402);
    const body = (await res.json()) as {
      success: boolean;
      error: { code: string; details: unknown };
    };
    expect(body.success).toBe(false);
    expect(body.error.code).toBe("plan_limit_urls_per_job");
    expect(body.error.details).toMatchObject({ upgrade_to: "starter", allowed: 100 });
  });

  it("GET /api/v1/billing: plan, limits, credits per bucket", async () => {
    useUnlimited();
    const org = await createApiOrg({ plan: "starter", balance: 700 });
    await asServiceRole((tx) =>
      tx.updateTable("credits").set({ purchased: 200 }).where("org_id", "=", org.orgId).execute(),
    );
    const res = await callApi("GET", "/billing", org.keys.read);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Record<string, unknown> };
    expect(body.data).toMatchObject({
      plan: "starter",
      plan_name: "Starter",
      status: "active",
      managed_by: "installation",
      stripe_configured: false,
      limits: { monthly_credits: 2_000, job_concurrency: 2, urls_per_job: 1_000, seats: 5 },
      credits: { balance: 700, reserved: 0, allowance: 500, purchased: 200 },
    });
  });
});
