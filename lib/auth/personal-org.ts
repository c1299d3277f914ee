import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { isUniqueViolation, withUser, type JwtClaims } from "@/lib/db";

// organizations.slug must match ^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$ (48 characters at most).
const SLUG_BASE_MAX = 40;
const SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

function randomSuffix(length = 6): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += SUFFIX_ALPHABET[b % SUFFIX_ALPHABET.length];
  return out;
}

/** "Ada's Team!" → "adas-team-k3x9q2": readable, and unique enough that collisions are a retry. */
export function slugForName(name: string, suffix = randomSuffix()): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, SLUG_BASE_MAX)
      .replace(/-+$/g, "") || "org";
  return `${base}-${suffix}`;
}

export function personalOrgName(email: string, fullName?: string | null): string {
  const who = fullName?.trim() || email.split("@")[0] || "My";
  return `${who.slice(0, 80)}'s organization`;
}

/**
 * Creates an organization as the user (create_organization makes them admin and grants the free
 * plan and its credits) and makes it their current one. Runs under the user's own claims, so it
 * passes through the same RLS as everything else they do.
 */
export async function createPersonalOrganization(
  claims: JwtClaims,
  name: string,
): Promise<{ id: string; slug: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withUser(claims, async (tx) => {
        const org = await sql<{ id: string; slug: string }>`
          select id, slug from public.create_organization(${name}, ${slugForName(name)})`
          .execute(tx)
          .then((r) => r.rows[0]!);
        await tx
          .updateTable("profiles")
          .set({ current_org_id: org.id })
          .where("id", "=", claims.sub)
          .execute();
        return org;
      });
    } catch (err) {
      if (isUniqueViolation(err) && attempt < 3) continue;
      throw err;
    }
  }
}

/**
 * For engines where the account can exist before its first session (Supabase with email
 * confirmation): a user who belongs to no organization gets their personal one at first sign-in.
 */
export async function ensurePersonalOrganization(claims: JwtClaims, name: string): Promise<void> {
  const member = await withUser(claims, (tx) =>
    tx
      .selectFrom("team_members")
      .select("org_id")
      .where("user_id", "=", claims.sub)
      .limit(1)
      .executeTakeFirst(),
  );
  if (!member) await createPersonalOrganization(claims, name);
}
