import { asServiceRole } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { sendMail } from "./smtp";
import { renderMail, type TemplateData, type TemplateName } from "./templates";

/** Where a message went: an SMTP server, or the development mailbox (no SMTP_URL). */
export type Delivery = "smtp" | "dev-mailbox";

// The mailbox keeps the newest messages only: it is for following links, not an archive.
const DEV_MAILBOX_KEEP = 500;

/**
 * Renders one template and sends it through SMTP_URL. With no SMTP configured (the embedded
 * default) the message is kept for /dev/mail and its link written to the server log, so a fresh
 * machine can still follow every link. SMTP errors propagate: callers decide whether a message
 * that could not be sent undoes what it announced.
 */
export async function deliver<T extends TemplateName>(
  to: string | string[],
  template: T,
  data: TemplateData[T],
): Promise<Delivery> {
  const rendered = renderMail(template, data);
  const recipients = Array.isArray(to) ? to : [to];
  const { SMTP_URL, SMTP_FROM } = env();
  if (SMTP_URL) {
    await sendMail(SMTP_URL, {
      from: SMTP_FROM,
      to: recipients,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
    });
    return "smtp";
  }
  await asServiceRole(async (tx) => {
    await tx
      .insertInto("dev_mail")
      .values(
        recipients.map((address) => ({
          to_address: address,
          template,
          subject: rendered.subject,
          text_body: rendered.text,
          html_body: rendered.html,
        })),
      )
      .execute();
    const cutoff = await tx
      .selectFrom("dev_mail")
      .select("created_at")
      .orderBy("created_at", "desc")
      .offset(DEV_MAILBOX_KEEP)
      .limit(1)
      .executeTakeFirst();
    if (cutoff)
      await tx.deleteFrom("dev_mail").where("created_at", "<=", cutoff.created_at).execute();
  });
  // The link is what a developer needs to go on; the rest of the message stays in the mailbox.
  log.info("mail.kept", {
    to: recipients,
    template,
    subject: rendered.subject,
    link: rendered.link,
  });
  return "dev-mailbox";
}

/** Whether messages leave this machine (SMTP_URL), or stay in the development mailbox. */
export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}
