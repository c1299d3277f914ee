import { withUser, type JwtClaims } from "@/lib/db";
import { requireMembership } from "./membership";
import type { PendingInvitation } from "./types";

/** Open invitations (not accepted, not revoked), newest first; expired ones are flagged. */
export async function listInvitations(
  claims: JwtClaims,
  orgId: string,
): Promise<PendingInvitation[]> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    const rows = await tx
      .selectFrom("invitations")
      .select(["id", "email", "role", "expires_at", "created_at"])
      .where("org_id", "=", orgId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .orderBy("created_at", "desc")
      .limit(200)
      .execute();
    const now = Date.now();
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role,
      expiresAt: r.expires_at,
      createdAt: r.created_at,
      expired: r.expires_at.getTime() <= now,
    }));
  });
}
