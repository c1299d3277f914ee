import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import {
  acceptInvitation,
  changeRole,
  createOrganization,
  getCurrentOrg,
  inviteMember,
  leaveOrganization,
  listInvitations,
  listMembers,
  removeMember,
  revokeInvitation,
  type InviteResult,
  type Organization,
} from "@/lib/orgs";
import { hashInviteToken } from "@/lib/orgs/invite-token";
import { useTestDb } from "../helpers/db";
import { createUser, tokenOf, type TestUser } from "./fixtures";

useTestDb();

const rejectsWith = (p: Promise<unknown>, code: string) =>
  expect(p).rejects.toMatchObject({ name: "AppError", code });

function linkOf(result: InviteResult): string {
  if (result.delivery !== "link") throw new Error("expected a link (no SMTP in this test)");
  return result.link;
}

/** An organization with an admin, plus helpers to bring people in through real invitations. */
async function team(): Promise<{
  admin: TestUser;
  org: Organization;
  join: (role: "admin" | "member" | "viewer") => Promise<TestUser>;
}> {
  const admin = await createUser("admin");
  const org = await createOrganization(admin.claims, { name: "Team Co" });
  // These tests invite more people than the Free plan's seats (tests/billing covers seat limits).
  await asServiceRole((tx) =>
    tx.updateTable("subscriptions").set({ plan: "pro" }).where("org_id", "=", org.id).execute(),
  );
  const join = async (role: "admin" | "member" | "viewer") => {
    const u = await createUser(role);
    const link = linkOf(await inviteMember(admin.claims, org.id, { email: u.email, role }));
    await acceptInvitation(u.claims, tokenOf(link));
    return u;
  };
  return { admin, org, join };
}

async function auditActions(orgId: string): Promise<string[]> {
  const rows = await asServiceRole((tx) =>
    tx.selectFrom("audit_log").select("action").where("org_id", "=", orgId).orderBy("id").execute(),
  );
  return rows.map((r) => r.action);
}

describe("invitations", () => {
  let admin: TestUser;
  let org: Organization;
  beforeAll(async () => {
    ({ admin, org } = await team());
  });

  it("stores only the token's hash, expires in 7 days, and returns the link without SMTP", async () => {
    const invitee = await createUser("invitee");
    const result = await inviteMember(admin.claims, org.id, {
      email: invitee.email.toUpperCase(),
      role: "viewer",
    });
    const link = linkOf(result);
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(result.invitation).toMatchObject({
      email: invitee.email,
      role: "viewer",
      expired: false,
    });

    const row = await asServiceRole((tx) =>
      tx
        .selectFrom("invitations")
        .selectAll()
        .where("id", "=", result.invitation.id)
        .executeTakeFirstOrThrow(),
    );
    expect(row.token_hash).toBe(hashInviteToken(tokenOf(link)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(link));
    const days = (row.expires_at.getTime() - row.created_at.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    expect((await listInvitations(admin.claims, org.id)).map((i) => i.id)).toContain(
      result.invitation.id,
    );
  });

  it("is accepted only by the invited email, once, and makes the org current", async () => {
    const invitee = await createUser("invitee");
    const other = await createUser("other");
    const token = tokenOf(
      linkOf(await inviteMember(admin.claims, org.id, { email: invitee.email, role: "member" })),
    );

    await rejectsWith(acceptInvitation(other.claims, token), "not_found");
    expect((await getCurrentOrg(other.claims)).memberships).toHaveLength(0);

    const joined = await acceptInvitation(invitee.claims, token);
    expect(joined).toMatchObject({ id: org.id, name: "Team Co", role: "member" });
    expect((await getCurrentOrg(invitee.claims)).current?.id).toBe(org.id);
    const members = await listMembers(invitee.claims, org.id);
    expect(members.find((m) => m.userId === invitee.id)?.role).toBe("member");

    await rejectsWith(acceptInvitation(invitee.claims, token), "not_found");
    expect(await listInvitations(admin.claims, org.id)).not.toContainEqual(
      expect.objectContaining({ email: invitee.email }),
    );
  });

  it("refuses an expired invitation", async () => {
    const invitee = await createUser("late");
    const result = await inviteMember(admin.claims, org.id, {
      email: invitee.email,
      role: "viewer",
    });
    await asServiceRole((tx) =>
      tx
        .updateTable("invitations")
        .set({
          expires_at: new Date(Date.now() - 1000),
          created_at: new Date(Date.now() - 8 * 86_400_000),
        })
        .where("id", "=", result.invitation.id)
        .execute(),
    );
    expect(
      (await listInvitations(admin.claims, org.id)).find((i) => i.id === result.invitation.id)
        ?.expired,
    ).toBe(true);
    await rejectsWith(acceptInvitation(invitee.claims, tokenOf(linkOf(result))), "not_found");
    expect((await getCurrentOrg(invitee.claims)).memberships).toHaveLength(0);
  });

  it("refuses a revoked link, and a re-invite replaces the earlier link", async () => {
    const invitee = await createUser("again");
    const first = await inviteMember(admin.claims, org.id, {
      email: invitee.email,
      role: "viewer",
    });
    const second = await inviteMember(admin.claims, org.id, {
      email: invitee.email,
      role: "member",
    });
    await rejectsWith(acceptInvitation(invitee.claims, tokenOf(linkOf(first))), "not_found");

    await revokeInvitation(admin.claims, org.id, { invitationId: second.invitation.id });
    await rejectsWith(acceptInvitation(invitee.claims, tokenOf(linkOf(second))), "not_found");
    await rejectsWith(
      revokeInvitation(admin.claims, org.id, { invitationId: second.invitation.id }),
      "not_found",
    );
  });

  it("treats garbage tokens as not found without touching the database", async () => {
    const u = await createUser();
    for (const token of ["", "short", "x".repeat(43) + "/", "%00".repeat(20)]) {
      await rejectsWith(acceptInvitation(u.claims, token), "not_found");
    }
  });

  it("refuses inviting someone already in the team, and bad input with field errors", async () => {
    await expect(
      inviteMember(admin.claims, org.id, { email: admin.email, role: "viewer" }),
    ).rejects.toMatchObject({
      code: "conflict",
      fields: { email: ["Already a member of this organization"] },
    });
    const err = await inviteMember(admin.claims, org.id, {
      email: "nope",
      role: "owner" as "admin",
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "ZodError" });
    expect((err as { issues: { path: string[] }[] }).issues.map((i) => i.path[0]).sort()).toEqual([
      "email",
      "role",
    ]);
  });
});

describe("roles and permissions", () => {
  it("lets only admins invite, revoke, change roles and remove", async () => {
    const { admin, org, join } = await team();
    const member = await join("member");
    const viewer = await join("viewer");
    const pending = await inviteMember(admin.claims, org.id, {
      email: "pending@example.test",
      role: "viewer",
    });

    for (const u of [member, viewer]) {
      await rejectsWith(
        inviteMember(u.claims, org.id, { email: "x@example.test", role: "viewer" }),
        "forbidden",
      );
      await rejectsWith(
        revokeInvitation(u.claims, org.id, { invitationId: pending.invitation.id }),
        "forbidden",
      );
      await rejectsWith(listInvitations(u.claims, org.id), "forbidden");
      await rejectsWith(changeRole(u.claims, org.id, { userId: u.id, role: "admin" }), "forbidden");
      await rejectsWith(removeMember(u.claims, org.id, { userId: admin.id }), "forbidden");
    }
    // Viewers and members still read the roster.
    expect((await listMembers(viewer.claims, org.id)).map((m) => m.role)).toEqual([
      "admin",
      "member",
      "viewer",
    ]);
  });

  it("changes roles and removes members, recording both", async () => {
    const { admin, org, join } = await team();
    const viewer = await join("viewer");
    const updated = await changeRole(admin.claims, org.id, { userId: viewer.id, role: "member" });
    expect(updated).toMatchObject({ userId: viewer.id, role: "member" });

    await removeMember(admin.claims, org.id, { userId: viewer.id });
    await rejectsWith(listMembers(viewer.claims, org.id), "not_found");
    expect((await getCurrentOrg(viewer.claims)).current).toBeNull();
    await rejectsWith(removeMember(admin.claims, org.id, { userId: viewer.id }), "not_found");

    expect(await auditActions(org.id)).toEqual([
      "organization.created",
      "invitation.created",
      "invitation.accepted",
      "member.role_changed",
      "member.removed",
    ]);
  });

  it("never lets the last admin leave or be demoted, but a second admin unblocks it", async () => {
    const { admin, org, join } = await team();
    const member = await join("member");

    await rejectsWith(leaveOrganization(admin.claims, org.id), "conflict");
    await rejectsWith(
      changeRole(admin.claims, org.id, { userId: admin.id, role: "viewer" }),
      "conflict",
    );
    await rejectsWith(removeMember(admin.claims, org.id, { userId: admin.id }), "conflict");
    expect((await listMembers(admin.claims, org.id)).find((m) => m.userId === admin.id)?.role).toBe(
      "admin",
    );
    // Nothing half-written: the refused attempts left no audit rows behind.
    expect(await auditActions(org.id)).not.toContain("member.left");

    await changeRole(admin.claims, org.id, { userId: member.id, role: "admin" });
    await leaveOrganization(admin.claims, org.id);
    await rejectsWith(listMembers(admin.claims, org.id), "not_found");
    expect((await listMembers(member.claims, org.id)).map((m) => m.role)).toEqual(["admin"]);
  });

  it("lets members and viewers leave", async () => {
    const { admin, org, join } = await team();
    const viewer = await join("viewer");
    await leaveOrganization(viewer.claims, org.id);
    expect((await listMembers(admin.claims, org.id)).map((m) => m.userId)).toEqual([admin.id]);
  });

  it("answers another tenant's ids with not_found everywhere", async () => {
    const { admin, org, join } = await team();
    const viewer = await join("viewer");
    const pending = await inviteMember(admin.claims, org.id, {
      email: "p@example.test",
      role: "viewer",
    });
    const stranger = await createUser("stranger");
    await createOrganization(stranger.claims, { name: "Elsewhere" });

    await rejectsWith(listMembers(stranger.claims, org.id), "not_found");
    await rejectsWith(
      inviteMember(stranger.claims, org.id, { email: "q@example.test", role: "admin" }),
      "not_found",
    );
    await rejectsWith(listInvitations(stranger.claims, org.id), "not_found");
    await rejectsWith(
      revokeInvitation(stranger.claims, org.id, { invitationId: pending.invitation.id }),
      "not_found",
    );
    await rejectsWith(
      changeRole(stranger.claims, org.id, { userId: viewer.id, role: "admin" }),
      "not_found",
    );
    await rejectsWith(removeMember(stranger.claims, org.id, { userId: viewer.id }), "not_found");
    await rejectsWith(leaveOrganization(stranger.claims, org.id), "not_found");

    // An admin of one org cannot reach a member of another through their own org id either.
    const strangerOrg = (await getCurrentOrg(stranger.claims)).current!;
    await rejectsWith(
      changeRole(stranger.claims, strangerOrg.id, { userId: viewer.id, role: "admin" }),
      "not_found",
    );
    await rejectsWith(
      removeMember(stranger.claims, strangerOrg.id, { userId: viewer.id }),
      "not_found",
    );
    expect(
      (await listMembers(admin.claims, org.id)).find((m) => m.userId === viewer.id)?.role,
    ).toBe("viewer");
  });
});
