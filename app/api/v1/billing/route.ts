// GET /api/v1/billing – the organization's plan, its limits, credits per bucket and the period
import { preflight, withApiKey } from "@/lib/api";
import { billingSummary } from "@/lib/billing";
import { READ_ERRORS } from "@/lib/openapi";
import { ZBillingSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    openapi: {
      operationId: "getBilling",
      summary: "Plan, limits, credits per bucket and the billing period",
      tag: "Account",
      status: 200,
      data: ZBillingSchema,
      errors: READ_ERRORS,
    },
  },
  async (ctx) => ctx.ok(await billingSummary(ctx.claims, ctx.orgId)),
);

export const OPTIONS = () => preflight("GET");
