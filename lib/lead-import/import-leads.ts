import { recordAudit } from "@/lib/audit";
import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { validateRow, type ImportDraft, type RawRow } from "./import-row";
import { readCsv, type CsvRecord, type CsvSource } from "./read-csv";
import {
  IMPORT_FIELDS,
  MAX_REPORTED_ERRORS,
  ZImportMappingSchema,
  guessMapping,
  type ImportField,
  type ImportMapping,
  type ImportRefusal,
  type ImportReport,
  type ImportRowError,
  MAX_IMPORT_BYTES,
} from "./schemas";
import { spoolUpload, type SpooledUpload } from "./spool";
import { knownDomains, writeBatch } from "./write-batch";

/** Rows per multi-row insert: ~15 parameters each, far under Postgres's 65,535 per statement. */
export const IMPORT_BATCH = 500;

export interface ImportInput {
  csv: CsvSource;
  /** Field → header; absent: guessed from the header row (guessMapping). */
  mapping?: unknown;
  /** The uploaded file's name, for the audit entry. */
  filename?: string;
  maxBytes?: number;
  /** How long the upload may take to arrive (spoolUpload); tests shorten it. */
  uploadDeadlineMs?: number;
  /** Up to how many existing domains are read up front (knownDomains); tests lower it. */
  knownDomainsLimit?: number;
}

/** Existing domains an import holds in memory at most (a few MB). */
export const KNOWN_DOMAINS_LIMIT = 100_000;

type Columns = Partial<Record<ImportField, number>>;

/** The mapping checked against the header row: every named column must exist. */
function resolveColumns(headers: string[], mapping: ImportMapping): Columns {
  const fields: Record<string, string[]> = {};
  const columns: Columns = {};
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header === undefined) continue;
    let index = headers.indexOf(header);
    if (index < 0) index = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    if (index < 0) fields[`mapping.${field}`] = [`The file has no column named "${header}"`];
    else columns[field] = index;
  }
  // A website or domain that was mapped but not found has its own message already.
  if (mapping.website === undefined && mapping.domain === undefined)
    fields["mapping.domain"] = ["Map a website or a domain column: every lead needs one"];
  if (Object.keys(fields).length)
    throw new AppError("validation_failed", "The column mapping does not fit the file", { fields });
  return columns;
}

function cellsOf(record: CsvRecord, columns: Columns): RawRow {
  const raw: RawRow = {};
  for (const field of IMPORT_FIELDS) {
    const index = columns[field];
    const value = index === undefined ? undefined : record.cells[index];
    if (value) raw[field] = value;
  }
  return raw;
}

/** Where the import stands as rows stream by; written to the database a batch at a time. */
class ImportRun {
  readonly report: ImportReport = {
    rows: 0,
    created: 0,
    skipped_existing: 0,
    duplicates_in_file: 0,
    contacts_created: 0,
    blank_rows: 0,
  };
  readonly errors: ImportRowError[] = [];
  errorCount = 0;
  private readonly seen = new Set<string>();
  private readonly leadIds = new Map<string, string>();
  private batch: ImportDraft[] = [];
  private extraContacts: ImportDraft[] = [];

  constructor(
    private readonly tx: Tx,
    private readonly orgId: string,
    private readonly headers: string[],
    private readonly columns: Columns,
    private readonly known: Set<string> | null,
  ) {}

  private fail(errors: ImportRowError[]) {
    this.errorCount += errors.length;
    for (const e of errors) if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(e);
    // Nothing will be kept: stop writing, keep reading to list every problem.
    this.batch = [];
    this.extraContacts = [];
  }

  async take(record: CsvRecord): Promise<void> {
    if (record.cells.every((c) => c === "")) {
      this.report.blank_rows += 1;
      return;
    }
    this.report.rows += 1;
    const extra = record.cells.slice(this.headers.length).filter((c) => c !== "").length;
    if (extra) {
      this.fail([
        {
          row: record.row,
          field: "row",
          column: null,
          message: `This row has ${record.cells.length} cells but the header has ${this.headers.length}`,
        },
      ]);
      return;
    }
    const columnOf = (f: ImportField) => {
      const i = this.columns[f];
      return i === undefined ? null : (this.headers[i] ?? null);
    };
    const checked = validateRow(record.row, cellsOf(record, this.columns), columnOf);
    if (!checked.ok) return this.fail(checked.errors);
    if (this.errorCount) return;
    const { draft } = checked;
    if (this.seen.has(draft.domain)) {
      this.report.duplicates_in_file += 1;
      if (draft.name) this.extraContacts.push(draft);
    } else {
      this.seen.add(draft.domain);
      this.batch.push(draft);
    }
    if (this.batch.length + this.extraContacts.length >= IMPORT_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.errorCount || (!this.batch.length && !this.extraContacts.length)) return;
    const counts = await writeBatch(
      this.tx,
      this.orgId,
      this.batch,
      this.extraContacts,
      this.leadIds,
      this.known,
    );
    this.report.created += counts.created;
    this.report.skipped_existing += counts.skippedExisting;
    this.report.contacts_created += counts.contactsCreated;
    this.batch = [];
    this.extraContacts = [];
  }
}

/**
 * Imports a CSV of leads into the organization, all or nothing, in one transaction as the user
 * (RLS applies; admins and members only). Every row is validated; if any is wrong the transaction
 * rolls back and the 422 lists the first MAX_REPORTED_ERRORS problems with their row numbers and
 * how many there were. Rows are deduplicated by domain, within the file and against the
 * organization's leads (existing leads are skipped, never changed). Costs no credits: nothing is
 * crawled or scored.
 */
export async function importLeads(
  claims: JwtClaims,
  orgId: string,
  input: ImportInput,
): Promise<ImportReport> {
  let requested: ImportMapping | undefined;
  if (input.mapping !== undefined) {
    const parsed = ZImportMappingSchema.safeParse(input.mapping);
    if (!parsed.success) throw validationError(parsed.error, "The column mapping is invalid");
    requested = parsed.data;
  }
  // Refuse a viewer before taking their upload, then take it whole before the transaction opens.
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin", "member"]));
  const upload = await spoolUpload(
    input.csv,
    input.maxBytes ?? MAX_IMPORT_BYTES,
    input.uploadDeadlineMs,
  );
  try {
    return await importSpooled(claims, orgId, input, requested, upload);
  } finally {
    await upload.remove();
  }
}

async function importSpooled(
  claims: JwtClaims,
  orgId: string,
  input: ImportInput,
  requested: ImportMapping | undefined,
  upload: SpooledUpload,
): Promise<ImportReport> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin", "member"]);
    const records = readCsv(upload.read(), input.maxBytes);
    const first = await records.next();
    const headers = first.done ? [] : first.value.cells;
    if (!headers.some((h) => h !== ""))
      throw new AppError("validation_failed", "The file is empty", {
        fields: { file: ["The first row must name the columns"] },
      });
    const columns = resolveColumns(headers, requested ?? guessMapping(headers));
    const known = await knownDomains(tx, orgId, input.knownDomainsLimit ?? KNOWN_DOMAINS_LIMIT);
    const run = new ImportRun(tx, orgId, headers, columns, known);
    for await (const record of records) await run.take(record);
    await run.flush();
    if (run.errorCount) {
      const details: ImportRefusal = {
        errors: run.errors,
        error_count: run.errorCount,
        rows: run.report.rows,
      };
      const count = run.errorCount;
      throw new AppError(
        "validation_failed",
        `${count} ${count === 1 ? "problem" : "problems"} in the file; nothing was imported`,
        { details: { ...details } },
      );
    }
    if (!run.report.rows)
      throw new AppError("validation_failed", "The file has no rows below its header", {
        fields: { file: ["Add at least one lead below the header row"] },
      });
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "leads.imported",
      targetType: "lead",
      targetId: null,
      metadata: { ...run.report, ...(input.filename && { file: input.filename.slice(0, 200) }) },
    });
    return run.report;
  });
}
