import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { deleteOrganization } from "@/lib/erasure";
import { leaveOrganization } from "@/lib/orgs";
import { StripeServer } from "../billing/stripe-server";
import { useTestDb } from "../helpers/db";
import { populatedOrganization, rowsMentioning } from "./world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();

let stripe: StripeServer;
beforeAll(async () => {
  stripe = await new StripeServer("sk_test_erasure").start();
});
afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  resetEnvForTests();
  await stripe.close();
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const orgExists = (id: string) =>
  asServiceRole((tx) =>
    tx.selectFrom("organizations").select("id").where("id", "=", id).executeTakeFirst(),
  ).then(Boolean);

describe("deleting an organization", () => {
  it("leaves no row of it in any table, except one platform audit entry naming no one", async () => {
    const { admin, member, org, job } = await populatedOrganization("Acme Erasure");
    const other = await populatedOrganization("Bystander");
    // The populated organization really is everywhere before (the check can find things).
    const before = new Set((await rowsMentioning(org.id)).map((r) => r.table));
    for (const t of [
      "public.organizations",
      "public.team_members",
      "public.invitations",
      "public.scraping_jobs",
      "public.job_urls",
      "public.scraped_leads",
      "public.lead_enrichment",
      "public.api_keys",
      "public.webhooks",
      "public.webhook_deliveries",
      "public.credits",
      "public.credit_transactions",
      "public.subscriptions",
      "public.stripe_events",
      "public.credit_purchases",
      "public.audit_log",
      "inngest_local.events",
    ])
      expect(before, t).toContain(t);

    const result = await deleteOrganization(admin.claims, org.id, { confirm: "Acme Erasure" });
    expect(result.jobsCancelled).toBe(1);

    const left = await rowsMentioning(org.id);
    expect(left).toHaveLength(1);
    expect(left[0]!.table).toBe("public.audit_log");
    expect(left[0]!.row).toMatchObject({
      org_id: null,
      actor_id: admin.id,
      action: "organization.deleted",
      target_type: "organization",
      target_id: org.id,
      metadata: {
        members: 2,
        jobs_cancelled: 1,
        plan: "pro",
        subscription_cancelled: false,
        reason: "deleted_by_admin",
      },
    });
    // The platform entry names nobody: no name, no address.
    const entry = JSON.stringify(left[0]!.row);
    for (const secret of ["Acme Erasure", org.slug, admin.email, member.email])
      expect(entry).not.toContain(secret);
    expect(await rowsMentioning(job.id)).toEqual([]);
    // The people remain, without the organization; the other tenant is untouched.
    const profile = await asServiceRole((tx) =>
      tx.selectFrom("profiles").selectAll().where("id", "=", member.id).executeTakeFirstOrThrow(),
    );
    expect(profile.current_org_id).toBeNull();
    expect(await orgExists(other.org.id)).toBe(true);
    expect((await rowsMentioning(other.org.id)).length).toBeGreaterThan(15);
  });

  it("needs the name or slug typed exactly, and an admin", async () => {
    const { admin, member, org } = await populatedOrganization("Careful Inc");
    const wrong = await refusal(
      deleteOrganization(admin.claims, org.id, { confirm: "careful inc" }),
    );
    expect(wrong.code).toBe("validation_failed");
    expect(wrong.fields?.confirm?.[0]).toMatch(/Careful Inc/);
    const notAdmin = await refusal(
      deleteOrganization(member.claims, org.id, { confirm: "Careful Inc" }),
    );
    expect(notAdmin.code).toBe("forbidden");
    const stranger = await populatedOrganization("Elsewhere");
    const foreign = await refusal(
      deleteOrganization(stranger.admin.claims, org.id, { confirm: "Careful Inc" }),
    );
    expect(foreign.code).toBe("not_found");
    expect(await orgExists(org.id)).toBe(true);
    await deleteOrganization(admin.claims, org.id, { confirm: org.slug });
    expect(await orgExists(org.id)).toBe(false);
  });

  it("cancels the Stripe subscription first, and deletes nothing when Stripe refuses", async () => {
    const { admin, org } = await populatedOrganization("Paying Co");
    const subId = `sub_test_${org.id.replace(/-/g, "").slice(0, 12)}`;
    stripe.subscriptions.set(subId, { id: subId, object: "subscription", status: "active" });
    await asServiceRole((tx) =>
      tx
        .updateTable("subscriptions")
        .set({ stripe_subscription_id: subId })
        .where("org_id", "=", org.id)
        .execute(),
    );
    Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_wrong", STRIPE_API_BASE: stripe.url });
    resetEnvForTests();
    const err = await refusal(deleteOrganization(admin.claims, org.id, { confirm: "Paying Co" }));
    expect(err.code).toBe("unavailable");
    expect(err.message).toMatch(/nothing was deleted/);
    expect(await orgExists(org.id)).toBe(true);

    process.env.STRIPE_SECRET_KEY = "sk_test_erasure";
    resetEnvForTests();
    const done = await deleteOrganization(admin.claims, org.id, { confirm: "Paying Co" });
    expect(done.subscriptionCancelled).toBe(true);
    expect(stripe.subscriptions.get(subId)?.status).toBe("canceled");
    expect(stripe.requests.some((r) => r.method === "DELETE" && r.path.endsWith(subId))).toBe(true);
    expect(await orgExists(org.id)).toBe(false);
  });
});

describe("leaving an organization", () => {
  it("lets a member leave, but never its last admin", async () => {
    const { admin, member, org } = await populatedOrganization("Leavers Ltd");
    await leaveOrganization(member.claims, org.id);
    const err = await refusal(leaveOrganization(admin.claims, org.id));
    expect(err.message).toMatch(/admin/);
    const members = await asServiceRole((tx) =>
      tx.selectFrom("team_members").select("user_id").where("org_id", "=", org.id).execute(),
    );
    expect(members.map((m) => m.user_id)).toEqual([admin.id]);
  });
});
