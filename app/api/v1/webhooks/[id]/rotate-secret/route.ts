// POST /api/v1/webhooks/{id}/rotate-secret – a new secret (shown once); the old one signs for 24 h
import { idParams, preflight, withApiKey } from "@/lib/api";
import { READ_ERRORS } from "@/lib/openapi";
import { ZWebhookWithSecretSchema } from "@/lib/openapi/webhook-responses";
import { rotateWebhookSecret } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    params: idParams("Webhook endpoint id"),
    openapi: {
      operationId: "rotateWebhookSecret",
      summary: "Issue a new signing secret (shown only here); the old one also signs for 24 h",
      tag: "Webhooks",
      status: 200,
      data: ZWebhookWithSecretSchema,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => ctx.ok(await rotateWebhookSecret(ctx.claims, ctx.orgId, ctx.params.id)),
);

export const OPTIONS = () => preflight("POST");
