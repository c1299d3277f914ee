import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { iso } from "@/lib/serialize";
import { removeFiles } from "./file-store";
import {
  ZCreateFormSchema,
  ZFormIdSchema,
  ZUpdateFormSchema,
  type InboundField,
  type InboundForm,
} from "./schemas";

// Managing forms: every member reads them, admins create, edit, disable and delete (the RLS
// policies of 0024_inbound_forms.sql decide; the role check first gives a clear 403).

type Row = {
  id: string;
  org_id: string;
  name: string;
  slug: string;
  fields: string[];
  recipients: string[];
  enabled: boolean;
  created_at: Date | string;
  updated_at: Date | string;
};

export function formView(r: Row): InboundForm {
  return {
    id: r.id,
    org_id: r.org_id,
    name: r.name,
    slug: r.slug,
    fields: r.fields as InboundField[],
    recipients: r.recipients,
    enabled: r.enabled,
    created_at: iso(r.created_at)!,
    updated_at: iso(r.updated_at)!,
  };
}

const COLUMNS = [
  "id",
  "org_id",
  "name",
  "slug",
  "fields",
  "recipients",
  "enabled",
  "created_at",
  "updated_at",
] as const;

/** A public address no one can guess from another form's: the name, then random characters. */
export function newSlug(name: string): string {
  const base = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  const tail = randomBytes(6)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x");
  return base ? `${base}-${tail}` : `form-${tail}`;
}

/**
 * The recipients who are members of the organization now. Checked when a form is saved, and again
 * at every submission: someone who left the team stops receiving its leads.
 */
export async function memberRecipients(
  tx: Tx,
  orgId: string,
  recipients: string[],
): Promise<string[]> {
  if (!recipients.length) return [];
  const members = await tx
    .selectFrom("team_members")
    .innerJoin("profiles", "profiles.id", "team_members.user_id")
    .select("profiles.email")
    .where("team_members.org_id", "=", orgId)
    .execute();
  const known = new Set(members.map((m) => m.email?.toLowerCase()));
  return recipients.filter((r) => known.has(r.toLowerCase()));
}

/** Recipients must be members of the organization: a form must not mail strangers. */
async function checkRecipients(tx: Tx, orgId: string, recipients: string[]): Promise<void> {
  const members = new Set(await memberRecipients(tx, orgId, recipients));
  const strangers = recipients.filter((r) => !members.has(r));
  if (strangers.length)
    throw new AppError("validation_failed", "Some recipients are not members", {
      fields: {
        recipients: strangers.map((s) => `${s} is not a member of this organization`),
      },
    });
}

export async function listForms(claims: JwtClaims, orgId: string): Promise<InboundForm[]> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId);
    const rows = await tx
      .selectFrom("inbound_forms")
      .select(COLUMNS)
      .where("org_id", "=", orgId)
      .orderBy("created_at", "desc")
      .execute();
    return rows.map(formView);
  });
}

export async function createForm(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<InboundForm> {
  const parsed = ZCreateFormSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The form is invalid");
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    await checkRecipients(tx, orgId, parsed.data.recipients);
    const row = await tx
      .insertInto("inbound_forms")
      .values({
        org_id: orgId,
        name: parsed.data.name,
        slug: newSlug(parsed.data.name),
        fields: parsed.data.fields,
        recipients: parsed.data.recipients,
        created_by: claims.sub,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "inbound_form.created",
      targetType: "inbound_form",
      targetId: row.id,
      metadata: { name: row.name, slug: row.slug },
    });
    return formView(row);
  });
}

export async function updateForm(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<InboundForm> {
  const parsed = ZUpdateFormSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The form is invalid");
  const { id, ...changes } = parsed.data;
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    await checkRecipients(tx, orgId, changes.recipients);
    const row = await tx
      .updateTable("inbound_forms")
      .set({ ...changes, updated_at: new Date() })
      .where("id", "=", id)
      .where("org_id", "=", orgId)
      .returning(COLUMNS)
      .executeTakeFirst();
    if (!row) throw notFound("Form");
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "inbound_form.updated",
      targetType: "inbound_form",
      targetId: row.id,
      metadata: { name: row.name, enabled: row.enabled, fields: row.fields },
    });
    return formView(row);
  });
}

/** Deletes the form, its submissions and their attachments (the leads they created stay). */
export async function deleteForm(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<{ deleted: true }> {
  const parsed = ZFormIdSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The form is invalid");
  const files = await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    const keys = await tx
      .selectFrom("inbound_submissions")
      .select("file_key")
      .where("form_id", "=", parsed.data.id)
      .where("org_id", "=", orgId)
      .where("file_key", "is not", null)
      .execute();
    const row = await tx
      .deleteFrom("inbound_forms")
      .where("id", "=", parsed.data.id)
      .where("org_id", "=", orgId)
      .returning(["id", "name"])
      .executeTakeFirst();
    if (!row) throw notFound("Form");
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "inbound_form.deleted",
      targetType: "inbound_form",
      targetId: row.id,
      metadata: { name: row.name },
    });
    return keys.map((k) => k.file_key!);
  });
  await removeFiles(files);
  return { deleted: true };
}
