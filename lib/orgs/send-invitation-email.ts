import type { Role } from "@/lib/db";
import { deliver, type Delivery } from "@/lib/mail";

export interface InvitationEmail {
  to: string;
  orgName: string;
  inviterEmail: string;
  role: Role;
  link: string;
  expiresAt: Date;
}

/** Sends one invitation (lib/mail: SMTP, or the development mailbox without it). */
export async function sendInvitationEmail(mail: InvitationEmail): Promise<Delivery> {
  return deliver(mail.to, "invitation", {
    inviteeEmail: mail.to,
    orgName: mail.orgName,
    inviterEmail: mail.inviterEmail,
    role: mail.role,
    link: mail.link,
    expiresAt: mail.expiresAt,
  });
}
