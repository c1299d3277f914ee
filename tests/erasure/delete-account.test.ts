import { afterAll, describe, expect, it, vi } from "vitest";
import { memoryCookieJar, setAuthEngine } from "@/lib/auth";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteAccount } from "@/lib/erasure";
import { acceptInvitation, changeRole, inviteMember, removeMember } from "@/lib/orgs";
import { PASSWORD, signUpConfirmed, testLocalEngine } from "../auth/helpers";
import { tokenOf } from "../orgs/fixtures";
import { unique, useTestDb } from "../helpers/db";
import { join, populatedOrganization, rowsMentioning } from "./world";

vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useTestDb();
afterAll(() => setAuthEngine(undefined));

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** Someone who signed up (local auth: a session and a personal organization) and joined `orgId`. */
async function signedUpMember(
  admin: { claims: Parameters<typeof inviteMember>[0] },
  orgId: string,
) {
  const handle = testLocalEngine();
  setAuthEngine(handle.engine);
  const jar = memoryCookieJar();
  const email = `${unique("leaver")}@example.com`;
  const session = await signUpConfirmed(
    handle.engine,
    { email, password: PASSWORD, fullName: "Lea Ver" },
    jar,
  );
  const invite = await inviteMember(admin.claims, orgId, { email, role: "member" });
  if (invite.delivery !== "link") throw new Error("expected a link");
  await acceptInvitation(session.claims, tokenOf(invite.link));
  return { handle, jar, session, email };
}

describe("deleting my account", () => {
  it("is refused, naming the organization, while I am its only admin and it has other members", async () => {
    const { admin, org } = await populatedOrganization("Only Admin Co");
    const err = await refusal(
      deleteAccount(admin.claims, { confirm: admin.email }, memoryCookieJar()),
    );
    expect(err.code).toBe("conflict");
    expect(err.status).toBe(409);
    expect(err.message).toBe(
      "You are the only admin of Only Admin Co, which has other members. Make another member an admin, or delete the organization, before deleting your account.",
    );
    const still = await asServiceRole((tx) =>
      tx.selectFrom("auth.users").select("id").where("id", "=", admin.id).executeTakeFirst(),
    );
    expect(still).toBeTruthy();
    expect(await rowsMentioning(org.id)).not.toHaveLength(0);
  });

  it("needs my address typed to confirm", async () => {
    const { admin } = await populatedOrganization("Typo Co");
    const err = await refusal(
      deleteAccount(admin.claims, { confirm: "someone@else.test" }, memoryCookieJar()),
    );
    expect(err.code).toBe("validation_failed");
    expect(err.fields?.confirm?.[0]).toContain(admin.email);
  });

  it("deletes my personal organization, ends my memberships and sessions, and leaves my address nowhere", async () => {
    const shared = await populatedOrganization("Shared Co");
    const { handle, jar, session, email } = await signedUpMember(shared.admin, shared.org.id);
    const me = session.user.id;
    // Audit entries elsewhere that recorded my address, and a pending invitation to it.
    await changeRole(shared.admin.claims, shared.org.id, { userId: me, role: "viewer" });
    const third = await populatedOrganization("Third Co");
    await inviteMember(third.admin.claims, third.org.id, { email, role: "member" });
    const personal = await asServiceRole((tx) =>
      tx
        .selectFrom("organizations")
        .select("id")
        .where("created_by", "=", me)
        .executeTakeFirstOrThrow(),
    );
    expect((await rowsMentioning(email)).length).toBeGreaterThan(2);
    const kept = memoryCookieJar(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));

    const result = await deleteAccount(session.claims, { confirm: email.toUpperCase() }, jar);
    expect(result).toEqual({ organizationsDeleted: 1, membershipsEnded: 1 });

    expect(await rowsMentioning(email)).toEqual([]);
    expect(await rowsMentioning("Lea Ver")).toEqual([]);
    expect(await rowsMentioning(personal.id)).toMatchObject([
      { table: "public.audit_log", row: { action: "organization.deleted", org_id: null } },
    ]);
    // The shared organization goes on, told that a member left by deleting their account.
    const sharedAudit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "actor_id", "target_id", "metadata"])
        .where("org_id", "=", shared.org.id)
        .where("action", "=", "member.account_deleted")
        .execute(),
    );
    expect(sharedAudit).toEqual([
      {
        action: "member.account_deleted",
        actor_id: null,
        target_id: null,
        metadata: { role: "viewer" },
      },
    ]);
    const platform = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["actor_id", "target_id", "metadata"])
        .where("org_id", "is", null)
        .where("action", "=", "account.deleted")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow(),
    );
    expect(platform).toEqual({
      actor_id: null,
      target_id: null,
      metadata: { organizations_deleted: 1, memberships_ended: 1 },
    });
    // Signed out here, and a copy of the cookies no longer works either.
    expect(jar.getAll()).toEqual([]);
    expect(await handle.engine.readSession(kept)).toBeNull();
    expect(await handle.engine.refreshSession(kept)).toBeNull();
    const err = await refusal(
      handle.engine.signIn({ email, password: PASSWORD }, memoryCookieJar()),
    );
    expect(err.code).toBe("unauthenticated");
  });

  it("goes through once another admin is named", async () => {
    const { admin, member, org } = await populatedOrganization("Handover Co");
    await changeRole(admin.claims, org.id, { userId: member.id, role: "admin" });
    const handle = testLocalEngine();
    setAuthEngine(handle.engine);
    await deleteAccount(admin.claims, { confirm: admin.email }, memoryCookieJar());
    const members = await asServiceRole((tx) =>
      tx
        .selectFrom("team_members")
        .select(["user_id", "role"])
        .where("org_id", "=", org.id)
        .execute(),
    );
    expect(members).toEqual([{ user_id: member.id, role: "admin" }]);
    // Removing people still works for the new admin: the organization is whole.
    const extra = await join(member, org.id, "viewer");
    await removeMember(member.claims, org.id, { userId: extra.id });
  });
});
