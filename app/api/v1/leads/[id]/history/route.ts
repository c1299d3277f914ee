// GET /api/v1/leads/{id}/history – a lead's stage changes and when it first reached each stage
import { idParams, preflight, withApiKey } from "@/lib/api";
import { getLeadHistory } from "@/lib/leads";
import { READ_ERRORS } from "@/lib/openapi";
import { ZLeadHistorySchema } from "@/lib/openapi/pipeline-responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    params: idParams("Lead id"),
    openapi: {
      operationId: "getLeadHistory",
      summary: "Get a lead's stage history",
      description: "Oldest first; the latest 500 changes.",
      tag: "Leads",
      status: 200,
      data: ZLeadHistorySchema,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await getLeadHistory(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const OPTIONS = () => preflight("GET");
