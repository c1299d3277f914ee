import { asServiceRole } from "@/lib/db";
import { log } from "@leadscout/log";
import { appLink, deliver } from "@/lib/mail";

// An endpoint was disabled (410, or a day of failures). The dashboard shows it from the row itself
// (active = false, disabled_reason); this records it in the audit log and, when SMTP is
// configured, emails the organization's admins (lib/mail; the development mailbox without SMTP).

export interface DisabledNotice {
  orgId: string;
  webhookId: string;
  reason: string;
}

export async function notifyEndpointDisabled(n: DisabledNotice): Promise<{ emailed: string[] }> {
  const { url, orgName, admins } = await asServiceRole(async (tx) => {
    await tx
      .insertInto("audit_log")
      .values({
        org_id: n.orgId,
        actor_id: null,
        action: "webhook.disabled",
        target_type: "webhook",
        target_id: n.webhookId,
        metadata: JSON.stringify({ reason: n.reason }),
      })
      .execute();
    const hook = await tx
      .selectFrom("webhooks")
      .select("url")
      .where("id", "=", n.webhookId)
      .executeTakeFirst();
    const org = await tx
      .selectFrom("organizations")
      .select("name")
      .where("id", "=", n.orgId)
      .executeTakeFirst();
    const admins = await tx
      .selectFrom("team_members")
      .innerJoin("profiles", "profiles.id", "team_members.user_id")
      .select("profiles.email")
      .where("team_members.org_id", "=", n.orgId)
      .where("team_members.role", "=", "admin")
      .execute();
    return { url: hook?.url ?? "(deleted)", orgName: org?.name ?? "", admins };
  });
  log.warn("webhook endpoint disabled", {
    orgId: n.orgId,
    webhookId: n.webhookId,
    reason: n.reason,
  });
  const to = admins.map((a) => a.email).filter((e): e is string => Boolean(e));
  if (!to.length) return { emailed: [] };
  try {
    await deliver(to, "notification", {
      subject: `Leadscout stopped sending webhooks to ${url}`,
      paragraphs: [
        `Leadscout disabled a webhook endpoint of ${orgName}: ${url}`,
        `Why: ${n.reason}`,
        `Fix the receiver, then re-enable the endpoint (and redeliver what it missed) in the webhook settings, or with PATCH /api/v1/webhooks/${n.webhookId} {"active": true}.`,
      ],
      action: { label: "Open webhook settings", url: appLink("/settings/webhooks") },
    });
  } catch (err) {
    // The banner still tells them; a mail server outage must not fail the delivery run.
    log.error("webhook disabled email failed", { err, orgId: n.orgId });
    return { emailed: [] };
  }
  return { emailed: to };
}
