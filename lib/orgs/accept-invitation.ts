import { sql } from "kysely";
import { withUser, type JwtClaims } from "@/lib/db";
import { AppError, emailUnverifiedError } from "@/lib/errors";
import { hashInviteToken } from "./invite-token";
import { membershipsIn } from "./list-memberships";
import { ZInviteTokenSchema } from "./schemas";
import type { Membership } from "./types";

export const INVALID_INVITATION_MESSAGE =
  "This invitation is invalid, has expired, was revoked, or was sent to a different email address";

/**
 * Joins the organization an invitation is for and makes it the caller's current one. Called only
 * from the invitee's explicit confirmation (a POST), never from opening the link. The SQL function
 * checks the token hash, expiry, revocation, that the invitation was delivered and that it was
 * sent to the caller's email; every refusal looks the same so a link cannot be probed.
 */
export async function acceptInvitation(claims: JwtClaims, token: string): Promise<Membership> {
  if (!ZInviteTokenSchema.safeParse(token).success) {
    throw new AppError("not_found", INVALID_INVITATION_MESSAGE);
  }
  return withUser(claims, async (tx) => {
    let orgId: string | undefined;
    try {
      const { rows } = await sql<{
        org_id: string;
      }>`select public.accept_invitation(${hashInviteToken(token)}) as org_id`.execute(tx);
      orgId = rows[0]?.org_id;
    } catch (err) {
      const unverified = emailUnverifiedError(err, "joining an organization");
      if (unverified) throw unverified;
      if ((err as { code?: string }).code === "P0002") {
        throw new AppError("not_found", INVALID_INVITATION_MESSAGE, { cause: err });
      }
      throw err;
    }
    if (!orgId) throw new AppError("not_found", INVALID_INVITATION_MESSAGE);
    await tx
      .updateTable("profiles")
      .set({ current_org_id: orgId, updated_at: new Date() })
      .where("id", "=", claims.sub)
      .execute();
    const joined = (await membershipsIn(tx, claims.sub)).find((m) => m.id === orgId);
    if (!joined) throw new AppError("not_found", INVALID_INVITATION_MESSAGE);
    return joined;
  });
}
