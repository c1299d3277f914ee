import { sql } from "kysely";
import { enforceLimit, readOrgPlan } from "@/lib/billing";
import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { mailConfigured } from "@/lib/mail";
import { recordAudit } from "@/lib/audit";
import { INVITATION_TTL_MS, inviteLink, newInviteToken } from "./invite-token";
import { requireMembership } from "./membership";
import { ZInviteMemberSchema, type InviteMemberInput, type InvitationDelivery } from "./schemas";
import { sendInvitationEmail } from "./send-invitation-email";
import type { PendingInvitation } from "./types";

/**
 * Seats are members plus open invitations (each is a member to be), within the plan's limit. An
 * invitation re-sent to the same address replaces its open one, so it takes no extra seat.
 */
async function checkSeats(tx: Tx, orgId: string, email: string): Promise<void> {
  const { plan } = await readOrgPlan(tx, orgId);
  const { rows } = await sql<{ taken: number }>`
    select (select count(*) from public.team_members where org_id = ${orgId})::int
         + (select count(*) from public.invitations
             where org_id = ${orgId} and accepted_at is null and revoked_at is null
               and expires_at > now() and email <> ${email})::int as taken`.execute(tx);
  enforceLimit(plan, "seats", rows[0]!.taken + 1);
}

/** Emailed, or — with no SMTP configured — handed back for the inviter to pass on. */
export type InviteResult =
  | { invitation: PendingInvitation; delivery: "email" }
  | { invitation: PendingInvitation; delivery: "link"; link: string };

/**
 * Invites an email address into an organization (admins only). Re-inviting the same address
 * replaces its open invitation, so only the newest link works. The email is sent before the
 * transaction commits: if SMTP refuses it, no invitation is left behind.
 */
export async function inviteMember(
  claims: JwtClaims,
  orgId: string,
  input: InviteMemberInput,
): Promise<InviteResult> {
  const { email, role } = ZInviteMemberSchema.parse(input);
  const { APP_URL } = env();
  const { result, mail } = await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);

    const existing = await tx
      .selectFrom("team_members as tm")
      .innerJoin("profiles as p", "p.id", "tm.user_id")
      .select("tm.user_id")
      .where("tm.org_id", "=", orgId)
      .where(sql`lower(p.email)`, "=", email)
      .executeTakeFirst();
    if (existing) {
      throw new AppError("conflict", `${email} is already a member`, {
        fields: { email: ["Already a member of this organization"] },
      });
    }

    await checkSeats(tx, orgId, email);

    await tx
      .updateTable("invitations")
      .set({ revoked_at: new Date() })
      .where("org_id", "=", orgId)
      .where("email", "=", email)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();

    const { token, tokenHash } = newInviteToken();
    const row = await tx
      .insertInto("invitations")
      .values({
        org_id: orgId,
        email,
        role,
        token_hash: tokenHash,
        invited_by: claims.sub,
        expires_at: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .returning(["id", "email", "role", "expires_at", "created_at"])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "invitation.created",
      targetType: "invitation",
      targetId: row.id,
      metadata: { email, role },
    });

    const invitation: PendingInvitation = {
      id: row.id,
      email: row.email,
      role: row.role,
      expiresAt: row.expires_at,
      createdAt: row.created_at,
      expired: false,
    };
    const link = inviteLink(APP_URL, token);
    const org = await tx
      .selectFrom("organizations")
      .select("name")
      .where("id", "=", orgId)
      .executeTakeFirstOrThrow();
    const mail = {
      to: email,
      orgName: org.name,
      inviterEmail: claims.email ?? "A teammate",
      role,
      link,
      expiresAt: row.expires_at,
    };
    if (!mailConfigured()) {
      // No mail here: the link goes to the inviting admin, who hands it on in person; a copy is
      // kept in the development mailbox once the invitation is committed (below).
      await markDelivered(tx, row.id, "link");
      return { result: { invitation, delivery: "link", link } as const, mail };
    }
    try {
      await sendInvitationEmail(mail);
    } catch (err) {
      log.warn("invitation email failed", { err, orgId });
      throw new AppError("unavailable", "The invitation email could not be sent. Try again.", {
        cause: err,
      });
    }
    await markDelivered(tx, row.id, "email");
    return { result: { invitation, delivery: "email" } as const, mail: null };
  });
  if (mail) {
    await sendInvitationEmail(mail).catch((err) =>
      log.warn("invitation kept-copy failed", { err, orgId }),
    );
  }
  return result;
}

/** Only a delivered invitation can be accepted (public.accept_invitation checks delivered_at). */
async function markDelivered(tx: Tx, id: string, delivery: InvitationDelivery): Promise<void> {
  await tx
    .updateTable("invitations")
    .set({ delivery, delivered_at: new Date() })
    .where("id", "=", id)
    .execute();
}
