import { asServiceRole } from "@/lib/db";
import { log } from "@leadscout/log";
import { appLink, deliver } from "@/lib/mail";
import { BILLING_PATH } from "../limits";

/**
 * Tells the organization's admins that auto top-up is paused: by email (SMTP_URL, else the
 * development mailbox), and in the log. The pause itself is on the Billing page and in the audit log already.
 */
export async function notifyAutoTopUpPaused(
  orgId: string,
  reason: string,
): Promise<{ emailed: string[] }> {
  const { orgName, admins } = await asServiceRole(async (tx) => {
    const org = await tx
      .selectFrom("organizations")
      .select("name")
      .where("id", "=", orgId)
      .executeTakeFirst();
    const admins = await tx
      .selectFrom("team_members")
      .innerJoin("profiles", "profiles.id", "team_members.user_id")
      .select("profiles.email")
      .where("team_members.org_id", "=", orgId)
      .where("team_members.role", "=", "admin")
      .execute();
    return { orgName: org?.name ?? "", admins };
  });
  const to = admins.map((a) => a.email).filter(Boolean);
  log.warn("auto top-up paused", { orgId, reason, admins: to.length });
  if (!to.length) return { emailed: [] };
  try {
    // Through SMTP_URL, or kept for the development mailbox when none is configured.
    await deliver(to, "notification", {
      subject: `Auto top-up is paused for ${orgName}`,
      paragraphs: [
        `Leadscout paused auto top-up for ${orgName}: ${reason}`,
        "No more credits will be bought automatically until an admin looks at it. Update the card in Manage payment, then save the auto top-up settings again.",
      ],
      action: { label: "Open billing settings", url: appLink(BILLING_PATH) },
    });
    return { emailed: to };
  } catch (err) {
    log.error("auto top-up notice not sent", { orgId, err });
    return { emailed: [] };
  }
}
