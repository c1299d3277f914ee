import { sql } from "kysely";
import { withUser, type JwtClaims, type Role } from "@/lib/db";
import { hashInviteToken } from "./invite-token";
import { ZInviteTokenSchema } from "./schemas";

/** What the invitee confirms before joining: the organization, who invited them, as what. */
export interface InvitationPreview {
  orgName: string;
  inviter: { email: string | null; name: string | null };
  role: Role;
  expiresAt: Date;
}

/**
 * The invitation behind `token` as its invitee sees it, or null when the caller could not accept
 * it (unknown, expired, revoked, used, undelivered, or sent to another email). Reads only: a link
 * opened by a GET — a mail scanner's prefetch, an <img> on another site — changes nothing.
 */
export async function getInvitation(
  claims: JwtClaims,
  token: string,
): Promise<InvitationPreview | null> {
  if (!ZInviteTokenSchema.safeParse(token).success) return null;
  const { rows } = await withUser(claims, (tx) =>
    sql<{
      org_name: string;
      inviter_email: string | null;
      inviter_name: string | null;
      role: Role;
      expires_at: Date;
    }>`select * from public.invitation_preview(${hashInviteToken(token)})`.execute(tx),
  );
  const row = rows[0];
  if (!row) return null;
  return {
    orgName: row.org_name,
    inviter: { email: row.inviter_email, name: row.inviter_name },
    role: row.role,
    expiresAt: new Date(row.expires_at),
  };
}
