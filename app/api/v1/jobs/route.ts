// POST /api/v1/jobs – create a scraping job (Idempotency-Key honoured); GET – list jobs
import { z } from "zod";
import { preflight, withApiKey } from "@/lib/api";
import { ZListJobsApiQuerySchema } from "@/lib/api/jobs";
import { checkJobRequest, createCheckedJob, listJobs, ZCreateJobSchema } from "@/lib/jobs";
import { READ_ERRORS } from "@/lib/openapi";
import { ZCreatedJobSchema, ZJobSchema } from "@/lib/openapi/responses";
import { jobWebhookSecret } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    // The key is a header (no query declared): `?idempotency_key=` is a 422, not a job that is
    // silently not idempotent.
    idempotent: true,
    // Schema issues and webhook_url problems (SSRF policy) in one 422.
    body: { schema: ZCreateJobSchema, parse: checkJobRequest },
    openapi: {
      operationId: "createJob",
      summary: "Create a scraping job",
      tag: "Jobs",
      bodyExample: { type: "single", url: "https://acme.com", options: { max_pages_per_site: 5 } },
      status: 202,
      data: ZCreatedJobSchema,
      errors: [...READ_ERRORS, 400, 402, 409, 413],
    },
  },
  async (ctx) => {
    const job = await createCheckedJob(ctx.claims, ctx.orgId, ctx.body, {
      idempotencyKey: ctx.idempotencyKey,
      apiKeyId: ctx.principal.keyId,
    });
    // The job's own webhook_url is signed with a secret only this answer shows.
    const webhook_secret = job.webhook_url ? jobWebhookSecret(job.id) : null;
    return ctx.ok({ ...job, webhook_secret }, { status: 202 });
  },
);

export const GET = withApiKey(
  {
    scope: "read",
    query: { schema: ZListJobsApiQuerySchema, message: "The list query is invalid" },
    openapi: {
      operationId: "listJobs",
      summary: "List jobs, newest first",
      tag: "Jobs",
      status: 200,
      data: z.array(ZJobSchema),
      paged: true,
      errors: READ_ERRORS,
    },
  },
  async (ctx) => {
    const page = await listJobs(ctx.claims, ctx.orgId, ctx.query);
    return ctx.ok(page.data, { nextCursor: page.next_cursor });
  },
);

export const OPTIONS = () => preflight("GET, POST");
