import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";
import { log } from "@/lib/log";

/** Whether the account's address is verified (auth.users.email_confirmed_at, in both engines). */
export async function isEmailVerified(userId: string): Promise<boolean> {
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("auth.users")
      .select("email_confirmed_at")
      .where("id", "=", userId)
      .executeTakeFirst(),
  );
  return Boolean(row?.email_confirmed_at);
}

/**
 * Starting credits wait for a verified address (public.create_organization gives an unverified
 * user's organization none): once verified, the user's first free organization gets them, once.
 */
export async function grantStartingCredits(userId: string): Promise<string | null> {
  const orgId = await asServiceRole(async (tx) => {
    const { rows } = await sql<{ org: string | null }>`
      select public.grant_starting_credits(${userId}::uuid) as org`.execute(tx);
    return rows[0]?.org ?? null;
  });
  if (orgId) log.info("auth.starting_credits_granted", { userId, orgId });
  return orgId;
}
