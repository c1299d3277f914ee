import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import type { Membership } from "./types";

/** Every organization the caller belongs to, oldest membership first. */
export async function listMemberships(claims: JwtClaims): Promise<Membership[]> {
  return withUser(claims, (tx) => membershipsIn(tx, claims.sub));
}

export async function membershipsIn(tx: Tx, userId: string): Promise<Membership[]> {
  const rows = await tx
    .selectFrom("team_members as tm")
    .innerJoin("organizations as o", "o.id", "tm.org_id")
    .select(["o.id", "o.name", "o.slug", "o.created_at", "tm.role"])
    .where("tm.user_id", "=", userId)
    .orderBy("tm.created_at", "asc")
    .orderBy("o.name", "asc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    createdAt: r.created_at,
    role: r.role,
  }));
}
