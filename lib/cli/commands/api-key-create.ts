import { createApiKey } from "@/lib/api-keys";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";
import { claimsForEmail } from "./claims-for-email";

async function orgBySlug(slug: string): Promise<{ id: string; adminEmail: string | null }> {
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("organizations as o")
      .select((eb) => [
        "o.id",
        // The earliest admin acts for the operator unless --as names someone else.
        eb
          .selectFrom("team_members as tm")
          .innerJoin("auth.users as u", "u.id", "tm.user_id")
          .select("u.email")
          .whereRef("tm.org_id", "=", "o.id")
          .where("tm.role", "=", "admin")
          .orderBy("tm.created_at")
          .limit(1)
          .as("adminEmail"),
      ])
      .where("o.slug", "=", slug.trim().toLowerCase())
      .executeTakeFirst(),
  );
  if (!row)
    throw new AppError("not_found", `No organization with slug ${slug}`, {
      fields: { org: ["No organization with this slug"] },
    });
  return row;
}

/**
 * api-key create --org SLUG --name N --scopes read,write [--expires-at ISO] [--as EMAIL]: issues a
 * key and prints its plaintext, the only time it is ever shown.
 */
export async function apiKeyCreate(argv: string[]): Promise<object> {
  const args = parseCommandArgs(argv, {
    required: ["org", "name", "scopes"],
    optional: ["expires-at", "as"],
  });
  await openCliDb();
  const org = await orgBySlug(args.org);
  const actorEmail = args.as ?? org.adminEmail;
  if (!actorEmail)
    throw new AppError("conflict", "The organization has no admin to act as; pass --as EMAIL");
  const claims = await claimsForEmail(actorEmail, "as");
  const scopes = args.scopes
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const expiresAt = args["expires-at"];
  if (expiresAt !== undefined && Number.isNaN(Date.parse(expiresAt))) {
    throw new AppError("validation_failed", "Some fields are invalid", {
      fields: { expiresAt: ["Use an ISO-8601 date, e.g. 2030-01-31T00:00:00Z"] },
    });
  }
  // The schema rejects unknown scopes with the field named; the cast only widens the type.
  const { apiKey, key } = await createApiKey(claims, {
    orgId: org.id,
    name: args.name,
    scopes: scopes as ("read" | "write" | "delete")[],
    expiresAt,
  });
  return { apiKey, key };
}
