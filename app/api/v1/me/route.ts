// GET /api/v1/me – the calling key's organization, plan and scopes
import { preflight, withApiKey } from "@/lib/api";
import { describeKey } from "@/lib/api/account";
import { READ_ERRORS } from "@/lib/openapi";
import { ZMeSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    openapi: {
      operationId: "getMe",
      summary: "The calling key's organization and scopes",
      tag: "Account",
      status: 200,
      data: ZMeSchema,
      errors: READ_ERRORS,
    },
  },
  async (ctx) => ctx.ok(await describeKey(ctx)),
);

export const OPTIONS = () => preflight("GET");
