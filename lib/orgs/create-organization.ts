import { sql } from "kysely";
import { isUniqueViolation, withUser, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mapOrgDbError } from "./db-errors";
import { ZCreateOrganizationSchema, type CreateOrganizationInput } from "./schemas";
import { slugify, withSuffix } from "./slug";
import type { Organization } from "./types";

const ATTEMPTS = 5;

/**
 * Creates an organization with the caller as its admin, a free subscription and starting credits
 * (all inside public.create_organization), and makes it the caller's current organization.
 * Without an explicit slug one is derived from the name; a taken one gets a random tail. The
 * caller cannot see other tenants' slugs, so "taken" is learned from the unique key.
 */
export async function createOrganization(
  claims: JwtClaims,
  input: CreateOrganizationInput,
): Promise<Organization> {
  const { name, slug } = ZCreateOrganizationSchema.parse(input);
  const base = slug ?? slugify(name);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const candidate = slug || attempt === 0 ? base : withSuffix(base);
    try {
      return await withUser(claims, async (tx) => {
        const { rows } = await sql<{
          id: string;
          name: string;
          slug: string;
          created_at: Date;
        }>`select id, name, slug, created_at from public.create_organization(${name}, ${candidate})`.execute(
          tx,
        );
        const org = rows[0];
        if (!org) throw new AppError("internal", "Organization was not created");
        await tx
          .updateTable("profiles")
          .set({ current_org_id: org.id, updated_at: new Date() })
          .where("id", "=", claims.sub)
          .execute();
        return { id: org.id, name: org.name, slug: org.slug, createdAt: new Date(org.created_at) };
      });
    } catch (err) {
      const taken = isUniqueViolation(err, "organizations_slug_key");
      if (taken && !slug && attempt < ATTEMPTS - 1) continue;
      mapOrgDbError(err);
    }
  }
  throw new AppError("conflict", "Could not find a free URL slug; choose one", {
    fields: { slug: ["Choose a URL slug"] },
  });
}
