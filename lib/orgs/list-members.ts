import { withUser, type JwtClaims } from "@/lib/db";
import { requireMembership } from "./membership";
import type { Member } from "./types";

const ROLE_ORDER = { admin: 0, member: 1, viewer: 2 } as const;

/** The roster of an organization, for any of its members: admins first, then by email. */
export async function listMembers(claims: JwtClaims, orgId: string): Promise<Member[]> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId);
    const rows = await tx
      .selectFrom("team_members as tm")
      .innerJoin("profiles as p", "p.id", "tm.user_id")
      .select(["tm.user_id", "tm.role", "tm.created_at", "p.email", "p.full_name"])
      .where("tm.org_id", "=", orgId)
      .execute();
    return rows
      .map((r) => ({
        userId: r.user_id,
        email: r.email,
        fullName: r.full_name,
        role: r.role,
        joinedAt: r.created_at,
      }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.email.localeCompare(b.email));
  });
}
