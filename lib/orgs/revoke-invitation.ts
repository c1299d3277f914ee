import { withUser, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { requireMembership } from "./membership";
import { ZRevokeInvitationSchema } from "./schemas";

/** Revokes an open invitation (admins only); its link stops working at once. */
export async function revokeInvitation(
  claims: JwtClaims,
  orgId: string,
  input: { invitationId: string },
): Promise<void> {
  const { invitationId } = ZRevokeInvitationSchema.parse(input);
  await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    const row = await tx
      .updateTable("invitations")
      .set({ revoked_at: new Date() })
      .where("id", "=", invitationId)
      .where("org_id", "=", orgId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .returning(["id", "email"])
      .executeTakeFirst();
    if (!row) throw new AppError("not_found", "Invitation not found or already used");
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: row.id,
      metadata: { email: row.email },
    });
  });
}
