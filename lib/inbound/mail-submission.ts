import { log } from "@/lib/log";
import { appLink, deliver } from "@/lib/mail";
import { rateLimitOrAllow } from "@/lib/ratelimit";
import type { Submission } from "./schemas";

interface FormRef {
  name: string;
  org_name: string;
  recipients: string[];
}

/**
 * The two messages a submission sends: a confirmation to the prospect, and a notification to the
 * form's recipients with what was sent and a link to the lead. Each is tried on its own and a
 * failure is logged: the lead is saved whether or not a mail server answers.
 */
export async function mailSubmission(
  form: FormRef,
  s: Submission,
  ref: { submissionId: string; leadId: string; file: boolean },
): Promise<{ confirmed: boolean; notified: number }> {
  let confirmed = false;
  let notified = 0;
  try {
    // Anyone can type any address into a public form, so the confirmation carries nothing the
    // visitor wrote (a name could be a phishing line) and goes to one address a few times a day.
    const verdict = await rateLimitOrAllow("inbound_confirmation", s.email.toLowerCase());
    if (verdict && !verdict.success) {
      log.info("inbound.confirmation_limited", { submissionId: ref.submissionId });
    } else {
      await deliver(s.email, "notification", {
        subject: `${form.org_name} received your message`,
        paragraphs: [
          `Thank you. ${form.org_name} received what you sent through "${form.name}" and will get back to you.`,
          "You are receiving this because this address was entered in their form. If that was not you, ignore this message.",
        ],
      });
      confirmed = true;
    }
  } catch (err) {
    log.error("inbound.confirmation_failed", { err, submissionId: ref.submissionId });
  }
  if (form.recipients.length) {
    const lines = [
      s.name && `Name: ${s.name}`,
      `Email: ${s.email}`,
      s.company && `Company: ${s.company}`,
      s.website && `Website: ${s.website}`,
      s.phone && `Phone: ${s.phone}`,
      s.message && `Message: ${s.message}`,
      ref.file && "An attachment came with it: download it from the lead's form submissions.",
    ].filter((l): l is string => Boolean(l));
    try {
      await deliver(form.recipients, "notification", {
        subject: `New inbound lead from "${form.name}": ${s.email}`,
        paragraphs: [`Someone sent the form "${form.name}".`, ...lines],
        action: { label: "Open the lead", url: appLink(`/leads/${ref.leadId}`) },
      });
      notified = form.recipients.length;
    } catch (err) {
      log.error("inbound.notification_failed", { err, submissionId: ref.submissionId });
    }
  }
  return { confirmed, notified };
}
