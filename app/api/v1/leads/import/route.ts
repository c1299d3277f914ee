// POST /api/v1/leads/import – import leads from a CSV body (text/csv), all or nothing; admins and members
import { preflight, withApiKey } from "@/lib/api";
import {
  csvBodyOf,
  importLeads,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  ZImportQuerySchema,
  ZImportReportSchema,
} from "@/lib/lead-import";
import { READ_ERRORS } from "@/lib/openapi";

export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    query: { schema: ZImportQuerySchema, message: "The column mapping is invalid" },
    openapi: {
      operationId: "importLeads",
      summary: "Import leads from a CSV file",
      tag: "Leads",
      description: [
        "The body is the file itself (`Content-Type: text/csv`, UTF-8, a header row first).",
        "Each query parameter maps a lead field to a column header (`?company=Account%20Name&website=URL`);",
        "with none, columns are matched by their header names (Company, Website, Domain, Email, Phone, Name, Title, LinkedIn, Address, Stage, Notes).",
        "Every row needs a website or a domain. All or nothing: if any row is invalid nothing is written and the 422's",
        "`error.details.errors` lists up to 100 problems as `{ row, field, column, message }` (the header is row 1) with",
        "`error.details.error_count`. Leads are deduplicated by domain, within the file and against the organization's leads;",
        "existing leads are skipped, never changed. A row with a contact name also creates a contact.",
        `At most ${MAX_IMPORT_BYTES / 1024 / 1024} MB and ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows (413 beyond). Costs no credits.`,
        "A viewer's key gets 403.",
      ].join(" "),
      requestContent: {
        "text/csv": {
          schema: { type: "string" },
          example: "Company,Website,Email\nAcme,https://acme.com,jane@acme.com\n",
        },
      },
      status: 201,
      data: ZImportReportSchema,
      errors: [...READ_ERRORS, 400, 404, 413],
    },
  },
  async (ctx) => {
    const mapping = Object.keys(ctx.query).length ? ctx.query : undefined;
    const report = await importLeads(ctx.claims, ctx.orgId, {
      csv: csvBodyOf(ctx.req),
      mapping,
    });
    return ctx.ok(report, { status: 201 });
  },
);

export const OPTIONS = () => preflight("POST");
