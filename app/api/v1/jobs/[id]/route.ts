// GET /api/v1/jobs/{id} – one job with its live progress
import { idParams, preflight, withApiKey } from "@/lib/api";
import { getJob } from "@/lib/jobs";
import { READ_ERRORS } from "@/lib/openapi";
import { ZJobSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    params: idParams("Job id"),
    openapi: {
      operationId: "getJob",
      summary: "Get a job and its progress",
      tag: "Jobs",
      status: 200,
      data: ZJobSchema,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await getJob(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const OPTIONS = () => preflight("GET");
