import { z } from "zod";
import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { iso } from "@/lib/serialize";
import { CONTENT_TYPES } from "./file-type";
import { fileStore } from "./file-store";
import type { InboundFileType, SubmissionView } from "./schemas";

export type { SubmissionView } from "./schemas";
import { checkFileLink, signFileLink } from "./signing";

/** The signed, short-lived address a member downloads an attachment from. */
export function fileLink(submissionId: string, now = Date.now()): string {
  const { exp, sig } = signFileLink(submissionId, now);
  return `/api/inbound/files/${submissionId}?exp=${exp}&sig=${sig}`;
}

/** The organization's newest submissions (of one form or one lead), with fresh file links. */
export async function listSubmissions(
  claims: JwtClaims,
  orgId: string,
  filter: { formId?: string; leadId?: string; limit?: number } = {},
): Promise<SubmissionView[]> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId);
    let q = tx
      .selectFrom("inbound_submissions as s")
      .innerJoin("inbound_forms as f", "f.id", "s.form_id")
      .select([
        "s.id",
        "s.form_id",
        "f.name as form_name",
        "s.lead_id",
        "s.data",
        "s.file_name",
        "s.file_type",
        "s.file_size",
        "s.created_at",
      ])
      .where("s.org_id", "=", orgId);
    if (filter.formId) q = q.where("s.form_id", "=", filter.formId);
    if (filter.leadId) q = q.where("s.lead_id", "=", filter.leadId);
    const rows = await q
      .orderBy("s.created_at", "desc")
      .limit(filter.limit ?? 20)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      form_id: r.form_id,
      form_name: r.form_name,
      lead_id: r.lead_id,
      data: r.data,
      file:
        r.file_name && r.file_type && r.file_size
          ? { name: r.file_name, type: r.file_type, size: r.file_size, url: fileLink(r.id) }
          : null,
      created_at: iso(r.created_at)!,
    }));
  });
}

export interface SubmissionFile {
  bytes: Uint8Array;
  name: string;
  contentType: string;
}

/**
 * An attachment for a signed link, to a member of the submission's organization. The link must
 * be genuine and unexpired, and the row must be readable by the caller under RLS: a link passed
 * to someone outside the organization (or a forged id) finds nothing.
 */
export async function readSubmissionFile(
  claims: JwtClaims,
  submissionId: string,
  exp: string | null,
  sig: string | null,
): Promise<SubmissionFile> {
  if (!z.uuid().safeParse(submissionId).success) throw notFound("File");
  const link = checkFileLink(submissionId, exp, sig);
  if (link === "expired")
    throw new AppError(
      "forbidden",
      "This download link has expired: open the lead again for a new one",
    );
  if (link !== "ok") throw new AppError("forbidden", "This download link is not valid");
  const row = await withUser(claims, (tx) =>
    tx
      .selectFrom("inbound_submissions")
      .select(["file_key", "file_name", "file_type"])
      .where("id", "=", submissionId)
      .executeTakeFirst(),
  );
  if (!row?.file_key || !row.file_name || !row.file_type) throw notFound("File");
  const bytes = await fileStore().get(row.file_key);
  if (!bytes) throw notFound("File");
  return {
    bytes,
    name: row.file_name,
    contentType: CONTENT_TYPES[row.file_type as InboundFileType],
  };
}

/** The storage keys of every attachment the organization's submissions hold (for erasure). */
export async function organizationFileKeys(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom("inbound_submissions")
    .select("file_key")
    .where("org_id", "=", orgId)
    .where("file_key", "is not", null)
    .execute();
  return rows.map((r) => r.file_key!);
}
