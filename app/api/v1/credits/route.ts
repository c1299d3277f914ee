// GET /api/v1/credits – credit balance, credits held by running jobs, and recent ledger entries
import { preflight, withApiKey } from "@/lib/api";
import { creditsSummary, ZCreditsQuerySchema } from "@/lib/api/account";
import { READ_ERRORS } from "@/lib/openapi";
import { ZCreditsSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    query: ZCreditsQuerySchema,
    openapi: {
      operationId: "getCredits",
      summary: "Credit balance and recent ledger entries",
      tag: "Account",
      status: 200,
      data: ZCreditsSchema,
      errors: READ_ERRORS,
    },
  },
  async (ctx) => ctx.ok(await creditsSummary(ctx.claims, ctx.orgId, ctx.query.limit)),
);

export const OPTIONS = () => preflight("GET");
