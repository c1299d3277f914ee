import { vi } from "vitest";
import type { Session } from "@/lib/auth/types";
import type { Role } from "@/lib/db";
import { acceptInvitation, createOrganization, inviteMember } from "@/lib/orgs";
import { createUser, tokenOf, type TestUser } from "../orgs/fixtures";

// The settings pages' server actions resolve the caller with requireSession(), which reads the
// request's cookies. These tests call the exported actions themselves, so the test file mocks
// `@/lib/auth` (keeping everything else real) and points the session at `signedIn.user`.
//
//   vi.mock("@/lib/auth", async (orig) => ({ ...(await orig()), requireSession: mockSession }));
//   vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

export const signedIn: { user: TestUser | null } = { user: null };

export const mockSession = vi.fn(async (): Promise<Session> => {
  const u = signedIn.user;
  if (!u) throw new Error("no signed-in test user");
  return {
    user: { id: u.id, email: u.email },
    claims: u.claims,
    provider: "local",
    expiresAt: Date.now() + 60_000,
  };
});

export interface TestOrg {
  orgId: string;
  admin: TestUser;
  member: TestUser;
  viewer: TestUser;
}

async function join(admin: TestUser, orgId: string, role: Role): Promise<TestUser> {
  const user = await createUser(role);
  const invite = await inviteMember(admin.claims, orgId, { email: user.email, role });
  if (invite.delivery !== "link") throw new Error("expected an invitation link");
  await acceptInvitation(user.claims, tokenOf(invite.link));
  return user;
}

/** An organization with one admin, one member and one viewer (each has it as current org). */
export async function createTestOrg(name = "Settings Org"): Promise<TestOrg> {
  const admin = await createUser("admin");
  const org = await createOrganization(admin.claims, { name });
  const [member, viewer] = [
    await join(admin, org.id, "member"),
    await join(admin, org.id, "viewer"),
  ];
  return { orgId: org.id, admin, member, viewer };
}
