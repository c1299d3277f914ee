import { sql } from "kysely";
import { authEngine, type CookieJar } from "@/lib/auth";
import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { deleteOrganization } from "./delete-organization";
import { recordPlatformAudit } from "./platform-audit";
import { ZDeleteAccountSchema, type DeleteAccountInput } from "./schemas";

interface MembershipFacts {
  org_id: string;
  name: string;
  role: string;
  members: number;
  admins: number;
}

export function soleAdminMessage(names: string[]): string {
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return (
    `You are the only admin of ${list}, which ${names.length === 1 ? "has" : "have"} other members. ` +
    "Make another member an admin, or delete the organization, before deleting your account."
  );
}

async function membershipFacts(claims: JwtClaims): Promise<MembershipFacts[]> {
  return withUser(claims, async (tx) => {
    const { rows } = await sql<MembershipFacts>`
      select tm.org_id, o.name, tm.role,
        (select count(*)::int from public.team_members m where m.org_id = tm.org_id) as members,
        (select count(*)::int from public.team_members m
          where m.org_id = tm.org_id and m.role = 'admin') as admins
      from public.team_members tm join public.organizations o on o.id = tm.org_id
      where tm.user_id = ${claims.sub}
      order by o.name`.execute(tx);
    return rows;
  });
}

/**
 * Deletes the signed-in account (its address typed as confirmation). Refused, with the names of
 * the organizations concerned, while the person is the only admin of one that has other members:
 * those people would be left with nobody to manage it. Otherwise:
 *   - organizations where they are the only member are deleted with everything in them
 *     (delete-organization.ts, which also cancels jobs and subscriptions);
 *   - in the others their membership ends, with an entry in that organization's audit log that
 *     names no one;
 *   - their address is taken out of every audit entry that recorded it, invitations sent to it are
 *     withdrawn, and the development mailbox forgets its messages to it;
 *   - their sessions end and the user is removed from auth (profile, memberships, sessions and
 *     linked sign-in providers go by cascade; what they created in an organization stays with the
 *     organization, its author unset);
 *   - one platform audit entry records that an account was deleted, with counts only.
 */
export async function deleteAccount(
  claims: JwtClaims,
  input: DeleteAccountInput,
  jar: CookieJar,
): Promise<{ organizationsDeleted: number; membershipsEnded: number }> {
  const userId = claims.sub;
  const email = String(claims.email ?? "").toLowerCase();
  const parsed = ZDeleteAccountSchema.safeParse(input);
  if (!parsed.success || parsed.data.confirm.toLowerCase() !== email)
    throw new AppError("validation_failed", "Some fields are invalid", {
      fields: { confirm: [`Type your email address, ${email}, exactly to confirm`] },
    });

  // Before anything is deleted: an engine that cannot remove the user would leave the person
  // with an account and without their organizations.
  if (!authEngine().canDeleteUsers)
    throw new AppError(
      "unavailable",
      "Deleting accounts is not available on this installation (SUPABASE_SERVICE_ROLE_KEY is not set). Ask its administrator.",
    );
  const memberships = await membershipFacts(claims);
  const blocking = memberships.filter((m) => m.role === "admin" && m.admins === 1 && m.members > 1);
  if (blocking.length)
    throw new AppError("conflict", soleAdminMessage(blocking.map((m) => m.name)), {
      details: { organizations: blocking.map((m) => ({ id: m.org_id, name: m.name })) },
    });

  const solo = memberships.filter((m) => m.members === 1);
  for (const m of solo)
    await deleteOrganization(claims, m.org_id, { confirmedBy: "account_deletion" });
  const shared = memberships.filter((m) => m.members > 1);

  // The user goes first: if that is refused (see below), no entry claims the account is gone.

  try {
    await authEngine().deleteUser(userId, jar);
  } catch (err) {
    // The guard that keeps an admin in every organization fires if someone was added since the
    // check above; the person gets the same explanation.
    if (
      (err as { hint?: string }).hint === "last_admin" ||
      /needs at least one admin/.test(String(err))
    )
      throw new AppError("conflict", soleAdminMessage(["an organization"]));
    throw err;
  }
  await asServiceRole(async (tx) => {
    for (const m of shared)
      await tx
        .insertInto("audit_log")
        .values({
          org_id: m.org_id,
          actor_id: null,
          action: "member.account_deleted",
          target_type: "member",
          target_id: null,
          metadata: JSON.stringify({ role: m.role }),
        })
        .execute();
    if (email) {
      await sql`update public.audit_log set metadata = jsonb_set(metadata, '{email}', 'null')
        where lower(metadata ->> 'email') = ${email}`.execute(tx);
      await tx
        .deleteFrom("invitations")
        .where(sql<string>`lower(email)`, "=", email)
        .execute();
      // Messages the development mailbox kept for the address (no SMTP configured).
      await tx
        .deleteFrom("dev_mail")
        .where(sql<string>`lower(to_address)`, "=", email)
        .execute();
    }
    await recordPlatformAudit(tx, {
      actorId: null,
      action: "account.deleted",
      targetType: "account",
      targetId: null,
      metadata: { organizations_deleted: solo.length, memberships_ended: shared.length },
    });
  });
  log.info("erasure.account_deleted", {
    organizationsDeleted: solo.length,
    membershipsEnded: shared.length,
  });
  return { organizationsDeleted: solo.length, membershipsEnded: shared.length };
}
