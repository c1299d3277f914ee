// POST /api/v1/crm/push – send leads (or a job's leads) and their contacts to a connected CRM
import { preflight, withApiKey } from "@/lib/api";
import { requestPush, ZCrmPushAcceptedSchema, ZCrmPushBodySchema } from "@/lib/crm";
import { READ_ERRORS } from "@/lib/openapi";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    body: ZCrmPushBodySchema,
    openapi: {
      operationId: "pushToCrm",
      summary: "Push leads and their contacts to a connected CRM (HubSpot or Salesforce)",
      description:
        "Give `lead_ids` (up to 1,000) or a `job_id`, and `provider` (`hubspot` or `salesforce`) unless exactly one CRM is connected — with both connected a push naming none is a 422. Companies are matched by domain (HubSpot) or website (Salesforce Accounts) and people by email, so pushing again updates and never duplicates. The push runs in the background: follow it in Settings › Integrations. 409 when the CRM is not connected.",
      tag: "CRM",
      bodyExample: { lead_ids: ["7d3f6a52-7c1e-4f7e-9a55-3b1f0a1c2d3e"] },
      status: 202,
      data: ZCrmPushAcceptedSchema,
      errors: [...READ_ERRORS, 400, 409, 413, 503],
    },
  },
  async (ctx) => {
    const push = await requestPush(ctx.claims, ctx.orgId, ctx.body, "api");
    return ctx.ok(push, { status: 202 });
  },
);

export const OPTIONS = () => preflight("POST");
