import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { mapOrgDbError } from "./db-errors";
import { requireMembership } from "./membership";
import { ZRemoveMemberSchema } from "./schemas";

/** Removes someone from an organization (admins only; removing yourself is leaving). */
export async function removeMember(
  claims: JwtClaims,
  orgId: string,
  input: { userId: string },
): Promise<void> {
  const { userId } = ZRemoveMemberSchema.parse(input);
  await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    await deleteMembership(tx, claims.sub, orgId, userId);
  });
}

/** Leaves an organization, whatever your role — unless you are its last admin. */
export async function leaveOrganization(claims: JwtClaims, orgId: string): Promise<void> {
  await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId);
    await deleteMembership(tx, claims.sub, orgId, claims.sub);
  });
}

async function deleteMembership(
  tx: Tx,
  actorId: string,
  orgId: string,
  userId: string,
): Promise<void> {
  const self = actorId === userId;
  // Recorded first: once the actor has left, the audit policy no longer lets them write it.
  // A refused delete rolls the record back with it.
  const target = await tx
    .selectFrom("team_members as tm")
    .innerJoin("profiles as p", "p.id", "tm.user_id")
    .select(["tm.role", "p.email"])
    .where("tm.org_id", "=", orgId)
    .where("tm.user_id", "=", userId)
    .executeTakeFirst();
  if (!target) throw new AppError("not_found", "Member not found");
  await recordAudit(tx, {
    orgId,
    actorId,
    action: self ? "member.left" : "member.removed",
    targetType: "member",
    targetId: userId,
    metadata: { email: target.email, role: target.role },
  });
  try {
    const res = await tx
      .deleteFrom("team_members")
      .where("org_id", "=", orgId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw new AppError("not_found", "Member not found");
  } catch (err) {
    if (err instanceof AppError) throw err;
    mapOrgDbError(err);
  }
  if (self) {
    await tx
      .updateTable("profiles")
      .set({ current_org_id: null, updated_at: new Date() })
      .where("id", "=", actorId)
      .where("current_org_id", "=", orgId)
      .execute();
  }
}
