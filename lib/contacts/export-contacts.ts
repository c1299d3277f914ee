import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { toCsv } from "@/lib/csv";
import { withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { assertCanExportLeads } from "@/lib/leads";
import { log } from "@leadscout/log";
import { contactPageQuery, toContact, type ContactPosition } from "./list-contacts";
import { ZContactFiltersSchema, ZListContactsQuerySchema, type Contact } from "./schemas";

const BATCH = 1000;

const CSV_FIELDS = [
  "id",
  "name",
  "title",
  "email",
  "phone",
  "linkedin_url",
  "company",
  "domain",
  "source_url",
  "lead_id",
  "first_job_id",
  "job_id",
  "created_at",
] as const satisfies readonly (keyof Contact)[];

const csvRow = (c: Contact) => CSV_FIELDS.map((f) => c[f]);

const ZExportQuerySchema = ZContactFiltersSchema.extend({
  sort: ZListContactsQuerySchema.shape.sort,
  ids: z
    .string()
    .max(20_000)
    .transform((v) => v.split(",").filter(Boolean))
    .refine((ids) => ids.length >= 1 && ids.length <= 500, "Select 1 to 500 contacts")
    .refine(
      (ids) => ids.every((id) => z.uuid().safeParse(id).success),
      "Must be contact ids (UUIDs), comma-separated",
    )
    .optional()
    .describe("Comma-separated contact ids: export only these"),
}).strict();

export interface ContactExport {
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/**
 * The organization's matching contacts (or the selected ids) as CSV, streamed BATCH rows per
 * query, so memory stays flat however many match. Who may export is the leads' rule (admins and
 * members), checked before the first byte; the export is audited with its filters.
 */
export async function exportContacts(
  claims: JwtClaims,
  orgId: string,
  query: unknown,
): Promise<ContactExport> {
  const parsed = ZExportQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The export query is invalid");
  await assertCanExportLeads(claims, orgId);
  const { sort, ids, ...filters } = parsed.data;
  const encoder = new TextEncoder();
  let after: ContactPosition | undefined;
  let first = true;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return;
      try {
        const rows = await withUser(claims, async (tx) => {
          if (first)
            await recordAudit(tx, {
              orgId,
              actorId: claims.sub,
              action: "contacts.exported",
              targetType: "contact",
              targetId: null,
              metadata: { sort, filters, ...(ids ? { selected: ids.length } : {}) },
            });
          // A page query of BATCH - 1 reads BATCH rows (it looks one ahead).
          const q = contactPageQuery(tx, orgId, filters, sort, BATCH - 1, after);
          return (ids ? q.where("contacts.id", "in", ids) : q).execute();
        });
        let chunk = first ? toCsv(CSV_FIELDS, []).replace(/\r\n$/, "") + "\r\n" : "";
        first = false;
        if (rows.length)
          chunk +=
            toCsv(
              null,
              rows.map(({ sort_value: _s, ...r }) => csvRow(toContact(r))),
            ) + "\r\n";
        if (chunk) controller.enqueue(encoder.encode(chunk));
        const last = rows.at(-1);
        if (rows.length < BATCH || !last) {
          done = true;
          controller.close();
        } else after = { value: last.sort_value, id: last.id };
      } catch (err) {
        log.error("contacts export failed", { err });
        controller.error(err);
      }
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return { filename: `contacts-${stamp}.csv`, stream };
}
