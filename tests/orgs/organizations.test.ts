import { describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import {
  createOrganization,
  getCurrentOrg,
  getOrgSummary,
  listMemberships,
  renameOrganization,
  switchOrganization,
} from "@/lib/orgs";
import { unique, useTestDb } from "../helpers/db";
import { createUser } from "./fixtures";

useTestDb();

const rejectsWith = (p: Promise<unknown>, code: string) =>
  expect(p).rejects.toMatchObject({ name: "AppError", code });

describe("creating organizations", () => {
  it("makes the creator its admin, on the free plan with starting credits, and current", async () => {
    const ada = await createUser("ada");
    const org = await createOrganization(ada.claims, { name: "  Acme Research  " });
    expect(org.name).toBe("Acme Research");
    expect(org.slug).toMatch(/^acme-research/);

    const { current, memberships } = await getCurrentOrg(ada.claims);
    expect(current).toMatchObject({ id: org.id, role: "admin" });
    expect(memberships).toHaveLength(1);

    const summary = await getOrgSummary(ada.claims, org.id);
    expect(summary).toMatchObject({ plan: "free", creditsBalance: 100, memberCount: 1 });
  });

  it("derives a fresh slug when the name's slug is taken, but refuses a taken explicit slug", async () => {
    const a = await createUser();
    const b = await createUser();
    const slug = unique("northwind").toLowerCase();
    const first = await createOrganization(a.claims, { name: "Northwind", slug });
    expect(first.slug).toBe(slug);

    // b cannot see a's organization, yet gets a distinct slug for the same name.
    const second = await createOrganization(b.claims, { name: slug });
    expect(second.slug).not.toBe(slug);
    expect(second.slug.startsWith(`${slug}-`)).toBe(true);

    await expect(createOrganization(b.claims, { name: "Again", slug })).rejects.toMatchObject({
      code: "conflict",
      fields: { slug: ["That URL slug is taken"] },
    });
  });

  it("rejects a blank name and a malformed slug with every field error", async () => {
    const u = await createUser();
    const err = await createOrganization(u.claims, { name: "   ", slug: "-Bad Slug-" }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ name: "ZodError" });
    expect((await listMemberships(u.claims)).length).toBe(0);
  });
});

describe("switching organizations", () => {
  it("remembers the chosen organization and falls back to the first membership", async () => {
    const u = await createUser();
    const one = await createOrganization(u.claims, { name: "One" });
    const two = await createOrganization(u.claims, { name: "Two" });
    expect((await getCurrentOrg(u.claims)).current?.id).toBe(two.id);

    await switchOrganization(u.claims, { orgId: one.id });
    expect((await getCurrentOrg(u.claims)).current?.id).toBe(one.id);

    // The saved organization disappears: the first remaining membership takes over.
    await asServiceRole((tx) => tx.deleteFrom("organizations").where("id", "=", one.id).execute());
    expect((await getCurrentOrg(u.claims)).current?.id).toBe(two.id);
  });

  it("treats another tenant's or a malformed organization id as not found", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const theirs = await createOrganization(owner.claims, { name: "Private" });
    await createOrganization(stranger.claims, { name: "Mine" });

    await rejectsWith(switchOrganization(stranger.claims, { orgId: theirs.id }), "not_found");
    await rejectsWith(getOrgSummary(stranger.claims, theirs.id), "not_found");
    await rejectsWith(
      renameOrganization(stranger.claims, theirs.id, { name: "Pwned" }),
      "not_found",
    );
    await rejectsWith(getOrgSummary(stranger.claims, "not-a-uuid"), "not_found");
    expect((await getCurrentOrg(owner.claims)).current?.name).toBe("Private");
  });

  it("gives someone with no organization no current one", async () => {
    const loner = await createUser();
    expect(await getCurrentOrg(loner.claims)).toEqual({ current: null, memberships: [] });
  });
});

describe("renaming", () => {
  it("lets an admin rename and records it in the audit log", async () => {
    const admin = await createUser();
    const org = await createOrganization(admin.claims, { name: "Old name" });
    const renamed = await renameOrganization(admin.claims, org.id, { name: "New name" });
    expect(renamed).toMatchObject({ name: "New name", slug: org.slug });

    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "actor_id", "metadata"])
        .where("org_id", "=", org.id)
        .where("action", "=", "organization.renamed")
        .execute(),
    );
    expect(audit).toEqual([
      {
        action: "organization.renamed",
        actor_id: admin.id,
        metadata: { from: "Old name", to: "New name" },
      },
    ]);
  });

  it("refuses members and viewers, and leaves the name alone", async () => {
    const admin = await createUser();
    const org = await createOrganization(admin.claims, { name: "Stays" });
    for (const role of ["member", "viewer"] as const) {
      const u = await createUser(role);
      await asServiceRole((tx) =>
        tx.insertInto("team_members").values({ org_id: org.id, user_id: u.id, role }).execute(),
      );
      await rejectsWith(renameOrganization(u.claims, org.id, { name: "Changed" }), "forbidden");
    }
    expect((await getCurrentOrg(admin.claims)).current?.name).toBe("Stays");
  });
});
