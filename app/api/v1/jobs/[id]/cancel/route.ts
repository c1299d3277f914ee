// POST /api/v1/jobs/{id}/cancel – stop a pending or running job and release its unused credits
import { idParams, preflight, withApiKey } from "@/lib/api";
import { cancelJob } from "@/lib/jobs";
import { READ_ERRORS } from "@/lib/openapi";
import { ZJobSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    params: idParams("Job id"),
    openapi: {
      operationId: "cancelJob",
      summary: "Cancel a pending or running job",
      tag: "Jobs",
      status: 200,
      data: ZJobSchema,
      errors: [...READ_ERRORS, 404, 409],
    },
  },
  async (ctx) => ctx.ok(await cancelJob(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const OPTIONS = () => preflight("POST");
