import { beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import {
  acceptInvitation,
  createOrganization,
  getInvitation,
  inviteMember,
  type Organization,
} from "@/lib/orgs";
import { INVITATION_TTL_MS, newInviteToken } from "@/lib/orgs/invite-token";
import { mockSession, signedIn } from "../dashboard/settings-session";
import { useTestDb } from "../helpers/db";
import { createUser, tokenOf, type TestUser } from "./fixtures";

// Invitations are accepted by an explicit POST from a confirmation page (security #16 item 9):
// opening the link — a GET a mail scanner or another site's <img> can make — changes nothing.

vi.mock("@/lib/auth", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth")>()),
  requireSession: mockSession,
  getSession: async () => (signedIn.user ? mockSession() : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { default: InvitePage } = await import("@/app/invite/[token]/page");
const { acceptInvitationAction } = await import("@/app/invite/[token]/actions");

useTestDb();

let admin: TestUser;
let org: Organization;
beforeAll(async () => {
  admin = await createUser("admin");
  await asServiceRole((tx) =>
    tx.updateTable("profiles").set({ full_name: "Ada Admin" }).where("id", "=", admin.id).execute(),
  );
  org = await createOrganization(admin.claims, { name: "Confirm Co" });
  // These tests invite more people than the Free plan's seats (tests/billing covers seat limits).
  await asServiceRole((tx) =>
    tx.updateTable("subscriptions").set({ plan: "pro" }).where("org_id", "=", org.id).execute(),
  );
});

async function invite(email: string, role: "member" | "viewer" = "member"): Promise<string> {
  const result = await inviteMember(admin.claims, org.id, { email, role });
  if (result.delivery !== "link") throw new Error("expected a link (no SMTP in this test)");
  return tokenOf(result.link);
}

async function membershipOf(user: TestUser) {
  return asServiceRole(async (tx) => ({
    role: (
      await tx
        .selectFrom("team_members")
        .select("role")
        .where("org_id", "=", org.id)
        .where("user_id", "=", user.id)
        .executeTakeFirst()
    )?.role,
    currentOrg: (
      await tx
        .selectFrom("profiles")
        .select("current_org_id")
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow()
    ).current_org_id,
  }));
}

function form(token: string): FormData {
  const f = new FormData();
  f.set("token", token);
  return f;
}

/** Where a redirect() thrown outside a request points, or null for any other outcome. */
async function redirectOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw err;
    return digest.split(";")[2] ?? null;
  }
}

describe("invitation confirmation", () => {
  it("opening the link names the organization and the inviter, and joins nobody", async () => {
    const invitee = await createUser("invitee");
    const own = await createOrganization(invitee.claims, { name: "Invitee's own" });
    const token = await invite(invitee.email, "viewer");
    signedIn.user = invitee;

    const page = await InvitePage({ params: Promise.resolve({ token }) });
    expect(page).toBeTruthy();
    // The GET left membership and the current organization alone.
    expect(await membershipOf(invitee)).toEqual({ role: undefined, currentOrg: own.id });
    await expect(getInvitation(invitee.claims, token)).resolves.toMatchObject({
      orgName: "Confirm Co",
      inviter: { email: admin.email, name: "Ada Admin" },
      role: "viewer",
    });
  });

  it("joins on the confirmation form's POST, makes it current and records it", async () => {
    const invitee = await createUser("invitee");
    const token = await invite(invitee.email);
    signedIn.user = invitee;

    expect(await redirectOf(acceptInvitationAction(null, form(token)))).toBe("/dashboard");
    expect(await membershipOf(invitee)).toEqual({ role: "member", currentOrg: org.id });
    const audit = await asServiceRole((tx) =>
      tx
        .selectFrom("audit_log")
        .select(["action", "actor_id", "metadata"])
        .where("org_id", "=", org.id)
        .where("action", "=", "invitation.accepted")
        .where("actor_id", "=", invitee.id)
        .execute(),
    );
    expect(audit).toEqual([
      expect.objectContaining({ metadata: { email: invitee.email, role: "member" } }),
    ]);
    // Used: a second POST is refused with the one message every invalid link gets.
    await expect(acceptInvitationAction(null, form(token))).resolves.toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("shows nothing to, and refuses, a signed-in user with another email", async () => {
    const invitee = await createUser("invitee");
    const stranger = await createUser("stranger");
    const token = await invite(invitee.email);
    signedIn.user = stranger;

    await expect(getInvitation(stranger.claims, token)).resolves.toBeNull();
    await expect(acceptInvitationAction(null, form(token))).resolves.toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await membershipOf(stranger)).role).toBeUndefined();
  });

  it("refuses an invitation that was never delivered to its address", async () => {
    const invitee = await createUser("invitee");
    const { token, tokenHash } = newInviteToken();
    // As a row the mail step never confirmed: no delivery recorded.
    await asServiceRole((tx) =>
      tx
        .insertInto("invitations")
        .values({
          org_id: org.id,
          email: invitee.email,
          role: "admin",
          token_hash: tokenHash,
          invited_by: admin.id,
          expires_at: new Date(Date.now() + INVITATION_TTL_MS),
        })
        .execute(),
    );
    await expect(getInvitation(invitee.claims, token)).resolves.toBeNull();
    await expect(acceptInvitation(invitee.claims, token)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await membershipOf(invitee)).role).toBeUndefined();
  });
});
