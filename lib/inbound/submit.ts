import { randomUUID } from "node:crypto";
import { sendEvent } from "@/inngest/client";
import { inboundLeadReceived, webhookDeliver } from "@/inngest/events";
import { asServiceRole } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fieldErrorsOf, notFound, type FieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";
import { planLeadCreatedDeliveries } from "@/lib/webhooks";
import { CONTENT_TYPES, detectFileType } from "./file-type";
import { fileStore } from "./file-store";
import { memberRecipients } from "./forms";
import { mailSubmission } from "./mail-submission";
import { saveInboundLead } from "./save-lead";
import {
  HONEYPOT_FIELD,
  MAX_INBOUND_FILE_BYTES,
  TOKEN_FIELD,
  ZSlugSchema,
  ZSubmissionSchema,
  type InboundField,
  type InboundFileType,
} from "./schemas";
import { checkFormToken } from "./signing";

/** What the public endpoint or the hosted page received, before any check. */
export interface IncomingSubmission {
  fields: Record<string, unknown>;
  file: { bytes: Uint8Array; name: string } | null;
}

export type SubmitResult =
  | { status: "accepted"; submissionId: string; leadId: string; leadCreated: boolean }
  /** The honeypot was filled in: answered like a success, so a bot learns nothing, and dropped. */
  | { status: "ignored" };

const TOKEN_MESSAGES = {
  missing: "The form is missing its page token: open the form page and send it from there",
  invalid: "The form's page token is not valid: reload the form page and send it again",
  too_fast: "The form was sent too quickly: wait a few seconds, then send it again",
  expired: "The form page is too old: reload it and send the form again",
} as const;

/** An enabled form by its public slug (service role: the visitor has no session); else 404. */
export async function publicForm(slug: string) {
  if (!ZSlugSchema.safeParse(slug).success) throw notFound("Form");
  const form = await asServiceRole((tx) =>
    tx
      .selectFrom("inbound_forms")
      .innerJoin("organizations", "organizations.id", "inbound_forms.org_id")
      .select([
        "inbound_forms.id",
        "inbound_forms.org_id",
        "inbound_forms.name",
        "inbound_forms.slug",
        "inbound_forms.fields",
        "inbound_forms.recipients",
        "organizations.name as org_name",
      ])
      .where("inbound_forms.slug", "=", slug)
      .where("inbound_forms.enabled", "=", true)
      .executeTakeFirst(),
  );
  if (!form) throw notFound("Form");
  return { ...form, fields: form.fields as InboundField[] };
}
export type PublicForm = Awaited<ReturnType<typeof publicForm>>;

/**
 * Checks a submission (every problem reported at once), then in one transaction saves the lead,
 * the contact and the submission. The attachment is stored first under the submission's id, so
 * a row never names a file that is not there. Then, outside the transaction: the emails (their
 * failure is logged, not the prospect's problem), lead.created to the webhook endpoints when the
 * lead is new, and the scoring and enrichment run (inbound/lead.received).
 */
export async function submitInboundForm(
  slug: string,
  incoming: IncomingSubmission,
): Promise<SubmitResult> {
  const form = await publicForm(slug);
  const honeypot = incoming.fields[HONEYPOT_FIELD];
  if (typeof honeypot === "string" ? honeypot.trim() !== "" : honeypot != null)
    return { status: "ignored" };

  const errors: FieldErrors = {};
  const token = incoming.fields[TOKEN_FIELD];
  const verdict = checkFormToken(form.id, typeof token === "string" ? token : null);
  if (verdict !== "ok") errors[TOKEN_FIELD] = [TOKEN_MESSAGES[verdict]];

  // Only the form's own fields count; blanks are absent, not empty strings.
  const asked = Object.fromEntries(
    form.fields
      .filter((f) => f !== "file")
      .map((f) => [f, incoming.fields[f]])
      .filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = ZSubmissionSchema.safeParse(asked);
  if (!parsed.success) Object.assign(errors, fieldErrorsOf(parsed.error));

  const fileType = checkFile(form.fields, incoming.file, errors);
  if (Object.keys(errors).length)
    throw new AppError("validation_failed", "Some fields need another look", { fields: errors });
  const submission = parsed.data!;

  const submissionId = randomUUID();
  const file = incoming.file && fileType ? { ...incoming.file, type: fileType } : null;
  const fileKey = file ? `${form.org_id}/${submissionId}` : null;
  if (file && fileKey) await fileStore().put(fileKey, file.bytes, CONTENT_TYPES[file.type]);

  const pageUrl = new URL(`/f/${form.slug}`, env().APP_URL).href;
  const lead = await asServiceRole(async (tx) => {
    const saved = await saveInboundLead(tx, form.org_id, submission, {
      kind: "inbound",
      form_id: form.id,
      submission_id: submissionId,
      url: pageUrl,
      at: new Date().toISOString(),
    });
    await tx
      .insertInto("inbound_submissions")
      .values({
        id: submissionId,
        org_id: form.org_id,
        form_id: form.id,
        lead_id: saved.id,
        data: JSON.stringify(submission),
        file_key: fileKey,
        file_name: file ? safeFileName(file.name, file.type) : null,
        file_type: file?.type ?? null,
        file_size: file?.bytes.byteLength ?? null,
      })
      .execute();
    return saved;
  });

  const recipients = await asServiceRole((tx) =>
    memberRecipients(tx, form.org_id, form.recipients),
  );
  await mailSubmission({ ...form, recipients }, submission, {
    submissionId,
    leadId: lead.id,
    file: Boolean(file),
  });
  await announce(form.org_id, lead, form.id, submissionId);
  return { status: "accepted", submissionId, leadId: lead.id, leadCreated: lead.created };
}

function checkFile(
  fields: InboundField[],
  file: IncomingSubmission["file"],
  errors: FieldErrors,
): InboundFileType | null {
  if (!file) return null;
  const refuse = (m: string) => ((errors.file ??= []).push(m), null);
  if (!fields.includes("file")) return refuse("This form does not take files");
  if (file.bytes.byteLength === 0) return refuse("The file is empty");
  if (file.bytes.byteLength > MAX_INBOUND_FILE_BYTES)
    return refuse("The file is larger than 10 MB");
  return detectFileType(file.bytes) ?? refuse("Attach a PDF, DOCX, PNG or JPG file");
}

/** The name a download offers: the prospect's, stripped to safe characters, with the real type. */
export function safeFileName(name: string, type: InboundFileType): string {
  const stem = (name.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\w .-]+/g, "_")
    .trim()
    .slice(0, 100);
  return `${stem || "attachment"}.${type}`;
}

async function announce(
  orgId: string,
  lead: { id: string; created: boolean },
  formId: string,
  submissionId: string,
): Promise<void> {
  try {
    if (lead.created) {
      const plan = await planLeadCreatedDeliveries(orgId, lead.id, { formId, submissionId });
      if (plan.length)
        await sendEvent(
          plan.map((d) => webhookDeliver.create(d, { id: `${d.eventId}:${d.target}` })),
        );
    }
    await sendEvent(
      inboundLeadReceived.create({ orgId, leadId: lead.id }, { id: `inbound:${submissionId}` }),
    );
  } catch (err) {
    // The lead is saved and shown; a queue outage must not turn the prospect's success into an error.
    log.error("inbound.announce_failed", { err, orgId, leadId: lead.id });
  }
}
