// GET /api/v1/leads/export – stream matching leads as CSV (formula-safe) or a JSON array; admins and members
import { preflight, withApiKey } from "@/lib/api";
import { exportParsedLeads, ZExportLeadsQuerySchema } from "@/lib/leads";
import { READ_ERRORS } from "@/lib/openapi";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

// The `read` scope, and a key whose creator is an admin or member: a viewer's key gets 403.
export const GET = withApiKey(
  {
    scope: "read",
    query: { schema: ZExportLeadsQuerySchema, message: "The export query is invalid" },
    openapi: {
      operationId: "exportLeads",
      summary: "Export leads as CSV or JSON (streamed)",
      tag: "Leads",
      description:
        "The key's creator must be an admin or member of the organization: a viewer's key (which keeps only `read`) gets 403 `forbidden`, as viewers cannot export in the dashboard either.",
      status: 200,
      content: {
        "text/csv": { schema: { type: "string" } },
        "application/json": {
          schema: { type: "array", items: { $ref: "#/components/schemas/Lead" } },
        },
      },
      errors: READ_ERRORS,
    },
  },
  async (ctx) => {
    const out = await exportParsedLeads(ctx.claims, ctx.orgId, ctx.query);
    return new Response(out.stream, {
      headers: {
        "Content-Type": out.contentType,
        "Content-Disposition": `attachment; filename="${out.filename}"`,
      },
    });
  },
);

export const OPTIONS = () => preflight("GET");
