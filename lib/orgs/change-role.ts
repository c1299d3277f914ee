import { withUser, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { mapOrgDbError } from "./db-errors";
import { requireMembership } from "./membership";
import { ZChangeRoleSchema, type ChangeRoleInput } from "./schemas";
import type { Member } from "./types";

/** Changes a member's role (admins only). Demoting the last admin is refused by the database. */
export async function changeRole(
  claims: JwtClaims,
  orgId: string,
  input: ChangeRoleInput,
): Promise<Member> {
  const { userId, role } = ZChangeRoleSchema.parse(input);
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    const before = await tx
      .selectFrom("team_members as tm")
      .innerJoin("profiles as p", "p.id", "tm.user_id")
      .select(["tm.role", "tm.created_at", "p.email", "p.full_name"])
      .where("tm.org_id", "=", orgId)
      .where("tm.user_id", "=", userId)
      .executeTakeFirst();
    if (!before) throw new AppError("not_found", "Member not found");
    const member: Member = {
      userId,
      email: before.email,
      fullName: before.full_name,
      role,
      joinedAt: before.created_at,
    };
    if (before.role === role) return member;
    try {
      await tx
        .updateTable("team_members")
        .set({ role })
        .where("org_id", "=", orgId)
        .where("user_id", "=", userId)
        .execute();
    } catch (err) {
      mapOrgDbError(err);
    }
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "member.role_changed",
      targetType: "member",
      targetId: userId,
      metadata: { email: before.email, from: before.role, to: role },
    });
    return member;
  });
}
