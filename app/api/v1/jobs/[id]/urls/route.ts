// GET /api/v1/jobs/{id}/urls – the job's URLs and the state of each, a page at a time
import { z } from "zod";
import { idParams, preflight, withApiKey } from "@/lib/api";
import { ZListJobUrlsApiQuerySchema } from "@/lib/api/jobs";
import { listJobUrls } from "@/lib/jobs";
import { READ_ERRORS } from "@/lib/openapi";
import { ZJobUrlSchema } from "@/lib/openapi/responses";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    params: idParams("Job id"),
    query: { schema: ZListJobUrlsApiQuerySchema, message: "The list query is invalid" },
    openapi: {
      operationId: "listJobUrls",
      summary: "List a job's URLs and their state",
      tag: "Jobs",
      status: 200,
      data: z.array(ZJobUrlSchema),
      paged: true,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => {
    const page = await listJobUrls(ctx.claims, ctx.orgId, ctx.params.id, ctx.query);
    return ctx.ok(page.data, { nextCursor: page.next_cursor });
  },
);

export const OPTIONS = () => preflight("GET");
