import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { asServiceRole, withUser } from "@/lib/db";
import {
  acceptInvitation,
  createOrganization,
  getOrgSummary,
  inviteMember,
  type Organization,
} from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, tokenOf } from "./fixtures";

useTestDb();

// Free credits cannot be farmed (security #16 item 14): the free plan's starting credits come
// once per user, however many organizations they create, and a user creates at most
// public.free_plan_organization_limit() (3) organizations on the free plan.

const balanceOf = async (orgId: string) =>
  asServiceRole(async (tx) => ({
    balance: (
      await tx
        .selectFrom("credits")
        .select("balance")
        .where("org_id", "=", orgId)
        .executeTakeFirstOrThrow()
    ).balance,
    grants: (
      await tx
        .selectFrom("credit_transactions")
        .select("amount")
        .where("org_id", "=", orgId)
        .where("kind", "=", "grant")
        .execute()
    ).map((r) => r.amount),
  }));

describe("starting credits", () => {
  it("are granted with a user's first organization only", async () => {
    const user = await createUser("farmer");
    const first = await createOrganization(user.claims, { name: "First" });
    const second = await createOrganization(user.claims, { name: "Second" });

    expect(await balanceOf(first.id)).toEqual({ balance: 100, grants: [100] });
    expect(await balanceOf(second.id)).toEqual({ balance: 0, grants: [] });
    // The second organization is still a working free-plan organization, shown with 0 credits.
    expect(await getOrgSummary(user.claims, second.id)).toMatchObject({
      plan: "free",
      creditsBalance: 0,
    });
    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["org_id", "metadata"])
        .where("action", "=", "organization.created")
        .where("actor_id", "=", user.id)
        .orderBy("id")
        .execute(),
    );
    expect(audit.map((a) => a.metadata)).toEqual([
      { starting_credits: 100 },
      { starting_credits: 0 },
    ]);
  });

  it("still come with the first organization of someone who joined another by invitation", async () => {
    const admin = await createUser("admin");
    const team = await createOrganization(admin.claims, { name: "Their team" });
    const invitee = await createUser("invitee");
    const invite = await inviteMember(admin.claims, team.id, {
      email: invitee.email,
      role: "member",
    });
    if (invite.delivery !== "link") throw new Error("expected a link");
    await acceptInvitation(invitee.claims, tokenOf(invite.link));
    const own = await createOrganization(invitee.claims, { name: "My own" });
    expect((await balanceOf(own.id)).balance).toBe(100);
  });

  it("cannot be reset by their user: the grant record is out of every role's reach", async () => {
    const user = await createUser("resetter");
    await createOrganization(user.claims, { name: "Granted" });
    for (const attempt of [
      sql`select * from public.starting_credit_grants`,
      sql`delete from public.starting_credit_grants where user_id = ${user.id}`,
    ]) {
      await expect(withUser(user.claims, (tx) => attempt.execute(tx))).rejects.toMatchObject({
        code: "42501",
      });
    }
  });
});

describe("organizations per user on the free plan", () => {
  it("stops at 3 with a message saying why and what to do, writing nothing", async () => {
    const user = await createUser("collector");
    for (const name of ["One", "Two", "Three"])
      await createOrganization(user.claims, { name, slug: undefined });

    const refused = createOrganization(user.claims, { name: "Four" });
    await expect(refused).rejects.toMatchObject({
      name: "AppError",
      code: "forbidden",
      details: { reason: "org_limit", limit: 3 },
    });
    await expect(refused).rejects.toThrow(/up to 3 organizations/);
    const owned = await asServiceRole((tx) =>
      tx.selectFrom("organizations").select("name").where("created_by", "=", user.id).execute(),
    );
    expect(owned.map((o) => o.name).sort()).toEqual(["One", "Three", "Two"]);
  });

  it("counts free-plan organizations only: one moved to a paid plan frees a place", async () => {
    const user = await createUser("upgrader");
    const orgs: Organization[] = [];
    for (const name of ["A", "B", "C"]) orgs.push(await createOrganization(user.claims, { name }));
    await asServiceRole((tx) =>
      tx
        .updateTable("subscriptions")
        .set({ plan: "pro" })
        .where("org_id", "=", orgs[0]!.id)
        .execute(),
    );
    await expect(createOrganization(user.claims, { name: "D" })).resolves.toMatchObject({
      name: "D",
    });
  });

  it("does not count organizations the user only belongs to", async () => {
    const admin = await createUser("admin");
    const member = await createUser("member");
    for (const name of ["X", "Y", "Z"]) {
      const org = await createOrganization(admin.claims, { name });
      const invite = await inviteMember(admin.claims, org.id, {
        email: member.email,
        role: "member",
      });
      if (invite.delivery !== "link") throw new Error("expected a link");
      await acceptInvitation(member.claims, tokenOf(invite.link));
    }
    await expect(createOrganization(member.claims, { name: "Mine" })).resolves.toBeTruthy();
  });
});
