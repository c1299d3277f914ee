// GET /api/v1/webhooks/{id} – one endpoint; PATCH – change it; DELETE – remove it and its log
import { idParams, preflight, withApiKey } from "@/lib/api";
import { READ_ERRORS } from "@/lib/openapi";
import { ZDeletedSchema } from "@/lib/openapi/responses";
import { ZWebhookSchema } from "@/lib/openapi/webhook-responses";
import {
  checkWebhookChanges,
  deleteWebhook,
  getWebhook,
  updateWebhookChecked,
  ZUpdateWebhookSchema,
} from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

const params = idParams("Webhook endpoint id");

export const GET = withApiKey(
  {
    scope: "read",
    params,
    openapi: {
      operationId: "getWebhook",
      summary: "Get a webhook endpoint",
      tag: "Webhooks",
      status: 200,
      data: ZWebhookSchema,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await getWebhook(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const PATCH = withApiKey(
  {
    scope: "write",
    params,
    // Schema issues and the URL policy's problems in one 422.
    body: { schema: ZUpdateWebhookSchema, parse: checkWebhookChanges },
    openapi: {
      operationId: "updateWebhook",
      summary: "Change a webhook endpoint; active: true re-enables a disabled one",
      tag: "Webhooks",
      bodyExample: { events: ["job.completed", "job.failed"] },
      status: 200,
      data: ZWebhookSchema,
      errors: [...READ_ERRORS, 400, 404, 413],
    },
  },
  async (ctx) => ctx.ok(await updateWebhookChecked(ctx.claims, ctx.orgId, ctx.params.id, ctx.body)),
);

export const DELETE = withApiKey(
  {
    scope: "delete",
    params,
    openapi: {
      operationId: "deleteWebhook",
      summary: "Delete a webhook endpoint and its delivery log",
      tag: "Webhooks",
      status: 200,
      data: ZDeletedSchema,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await deleteWebhook(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const OPTIONS = () => preflight("GET, PATCH, DELETE");
