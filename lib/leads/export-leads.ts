import { recordAudit } from "@/lib/audit";
import { toCsv as writeCsv } from "@/lib/csv";
import { withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { getLeadsByIds } from "./bulk-leads";
import { assertCanExportLeads } from "./export-permission";
import { ZExportLeadsQuerySchema, type ExportLeadsParams } from "./lead-query-schemas";
import {
  applyKeyset,
  applyLeadFilters,
  narrowSearch,
  sortValueColumn,
  type KeysetPosition,
} from "./lead-filters";
import { LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";

export const EXPORT_BATCH = 1000;

const CSV_FIELDS = [
  "id",
  "name",
  "title",
  "company",
  "email",
  "phone",
  "domain",
  "website",
  "linkedin_url",
  "address",
  "score",
  "status",
  "stage",
  "tags",
  "notes",
  "source_url",
  "job_id",
  "created_at",
] as const;

function csvRow(l: Lead): unknown[] {
  return CSV_FIELDS.map((f) => (f === "tags" ? l.tags.join("; ") : l[f]));
}

/** Lead rows as CSV, with the header row or without it (a later batch of a stream). */
export function toCsv(rows: unknown[][], header: boolean): string {
  return writeCsv(header ? CSV_FIELDS : null, rows);
}

/** A few leads already in memory (a selection) as one CSV document, header first. */
export function leadsToCsv(leads: Lead[]): string {
  return toCsv(leads.map(csvRow), true) + "\r\n";
}

export interface LeadExport {
  contentType: string;
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/** The selected leads (the dashboard's ?ids=) as one CSV document, for admins and members. */
export async function exportSelectedLeads(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<string> {
  await assertCanExportLeads(claims, orgId);
  return leadsToCsv(await getLeadsByIds(claims, orgId, input));
}

/**
 * Streams the organization's matching leads as CSV or a JSON array, EXPORT_BATCH rows per query
 * (each in its own short transaction), so memory stays flat however many rows match. Admins and
 * members only (EXPORT_ROLES), checked before the first byte.
 */
export async function exportLeads(
  claims: JwtClaims,
  orgId: string,
  /** Raw query parameters (ExportLeadsQuery); validated here. */
  query: unknown,
): Promise<LeadExport> {
  const parsed = ZExportLeadsQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The export query is invalid");
  return exportParsedLeads(claims, orgId, parsed.data);
}

/** exportLeads for a query parsed already (the REST route's contract parses it). */
export async function exportParsedLeads(
  claims: JwtClaims,
  orgId: string,
  query: ExportLeadsParams,
): Promise<LeadExport> {
  await assertCanExportLeads(claims, orgId);
  const { format, max_rows, sort, ...filters } = query;
  const encoder = new TextEncoder();
  let after: KeysetPosition | undefined;
  let sent = 0;
  let done = false;
  // The search's plan (ids or a filter) is decided once, by the first batch.
  let searchIds: string[] | null | undefined;

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return;
      try {
        const take = Math.min(EXPORT_BATCH, max_rows - sent);
        const rows =
          take <= 0
            ? []
            : await withUser(claims, async (tx) => {
                let q = tx
                  .selectFrom("scraped_leads")
                  .select([...LEAD_LIST_COLUMNS, sortValueColumn(sort)]);
                if (searchIds === undefined) {
                  searchIds = await narrowSearch(tx, orgId, filters.q);
                  // Recorded with the first batch, before any row leaves.
                  await recordAudit(tx, {
                    orgId,
                    actorId: claims.sub,
                    action: "leads.exported",
                    targetType: "lead",
                    targetId: null,
                    metadata: { format, max_rows, sort, filters },
                  });
                }
                q = applyLeadFilters(q, orgId, filters, searchIds);
                return applyKeyset(q, sort, after).limit(take).execute();
              });
        const first = sent === 0;
        const leads = rows.map(toLead);
        let chunk = "";
        if (format === "csv") {
          if (first) chunk += toCsv([], true).replace(/\r\n$/, "") + "\r\n";
          if (leads.length) chunk += toCsv(leads.map(csvRow), false) + "\r\n";
        } else {
          if (first) chunk += "[";
          chunk += leads.map((l, i) => (first && i === 0 ? "" : ",") + JSON.stringify(l)).join("");
        }
        sent += rows.length;
        const last = rows.at(-1);
        if (last) after = { sort_value: last.sort_value, id: last.id };
        if (rows.length < take || take <= 0 || sent >= max_rows) {
          if (format === "json") chunk += "]";
          done = true;
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (done) controller.close();
      } catch (err) {
        log.error("leads.export_failed", { err, sent });
        controller.error(err);
      }
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    filename: `leads-${stamp}.${format}`,
    stream,
  };
}
