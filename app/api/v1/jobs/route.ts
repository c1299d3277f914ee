// POST /api/v1/jobs – create a scraping job (Idempotency-Key honoured); GET – list jobs
import { idempotencyKeyOf, parseWith, preflight, requireObject, withApiKey } from "@/lib/api";
import { ZListJobsApiQuerySchema } from "@/lib/api/jobs";
import { ZNoQuerySchema } from "@/lib/api/params";
import { createJob, listJobs } from "@/lib/jobs";
import { jobWebhookSecret } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey("write", async (ctx) => {
  // The key is a header: `?idempotency_key=` must not create a job that is silently not idempotent.
  parseWith(ZNoQuerySchema, ctx.query);
  const idempotencyKey = idempotencyKeyOf(ctx.req);
  const body = requireObject(await ctx.body());
  const job = await createJob(ctx.claims, ctx.orgId, body, {
    idempotencyKey,
    apiKeyId: ctx.principal.keyId,
  });
  // The job's own webhook_url is signed with a secret only this answer shows.
  const webhook_secret = job.webhook_url ? jobWebhookSecret(job.id) : null;
  return ctx.ok({ ...job, webhook_secret }, { status: 202 });
});

export const GET = withApiKey("read", async (ctx) => {
  const query = parseWith(ZListJobsApiQuerySchema, ctx.query, "The list query is invalid");
  const page = await listJobs(ctx.claims, ctx.orgId, query);
  return ctx.ok(page.data, { nextCursor: page.next_cursor });
});

export const OPTIONS = () => preflight("GET, POST");
