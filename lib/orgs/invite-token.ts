import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh invitation token: 32 random bytes, base64url. Only its hash is ever stored. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

/** sha256, hex. A leaked invitations table therefore yields no usable link. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function inviteLink(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/invite/${token}`;
}
