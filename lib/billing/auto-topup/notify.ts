import { asServiceRole } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail";
import { BILLING_PATH } from "../limits";

/**
 * Tells the organization's admins that auto top-up is paused: by email when SMTP_URL is set,
 * always in the log. The pause itself is on the Billing page and in the audit log already.
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
  const { SMTP_URL, SMTP_FROM, APP_URL } = env();
  const to = admins.map((a) => a.email).filter(Boolean);
  log.warn("auto top-up paused", { orgId, reason, admins: to.length, emailed: Boolean(SMTP_URL) });
  if (!SMTP_URL || !to.length) return { emailed: [] };
  const page = new URL(BILLING_PATH, APP_URL).href;
  try {
    await sendMail(SMTP_URL, {
      from: SMTP_FROM,
      to,
      subject: `Auto top-up is paused for ${orgName}`,
      text: [
        `Leadscout paused auto top-up for ${orgName}: ${reason}`,
        "",
        "No more credits will be bought automatically until an admin looks at it. Update the card",
        `in Manage payment, then save the auto top-up settings again at ${page}`,
      ].join("\n"),
    });
    return { emailed: to };
  } catch (err) {
    log.error("auto top-up notice not sent", { orgId, err });
    return { emailed: [] };
  }
}
