import { withUser, type JwtClaims } from "@/lib/db";
import { membershipsIn } from "./list-memberships";
import { requireMembership } from "./membership";
import { ZSwitchOrganizationSchema } from "./schemas";
import type { Membership } from "./types";

export interface CurrentOrg {
  current: Membership | null;
  memberships: Membership[];
}

/**
 * The organization the caller is working in: the one saved on their profile while they still
 * belong to it, else their first membership. `current` is null only for someone in no
 * organization at all (they left or were removed from every one).
 */
export async function getCurrentOrg(claims: JwtClaims): Promise<CurrentOrg> {
  return withUser(claims, async (tx) => {
    const [profile, memberships] = await Promise.all([
      tx
        .selectFrom("profiles")
        .select("current_org_id")
        .where("id", "=", claims.sub)
        .executeTakeFirst(),
      membershipsIn(tx, claims.sub),
    ]);
    const saved = memberships.find((m) => m.id === profile?.current_org_id);
    return { current: saved ?? memberships[0] ?? null, memberships };
  });
}

/** Makes `orgId` the caller's current organization; another tenant's id is not_found. */
export async function switchOrganization(
  claims: JwtClaims,
  input: { orgId: string },
): Promise<Membership> {
  const { orgId } = ZSwitchOrganizationSchema.parse(input);
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId);
    await tx
      .updateTable("profiles")
      .set({ current_org_id: orgId, updated_at: new Date() })
      .where("id", "=", claims.sub)
      .execute();
    const memberships = await membershipsIn(tx, claims.sub);
    return memberships.find((m) => m.id === orgId)!;
  });
}
