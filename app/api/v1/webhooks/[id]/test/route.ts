// POST /api/v1/webhooks/{id}/test – queue a signed webhook.test event to the endpoint
import { idParams, preflight, withApiKey } from "@/lib/api";
import { READ_ERRORS } from "@/lib/openapi";
import { ZQueuedDeliverySchema } from "@/lib/openapi/webhook-responses";
import { sendTestEvent } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    params: idParams("Webhook endpoint id"),
    openapi: {
      operationId: "testWebhook",
      summary: "Send a signed webhook.test event to the endpoint (one attempt, logged)",
      tag: "Webhooks",
      status: 202,
      data: ZQueuedDeliverySchema,
      errors: [...READ_ERRORS, 404, 409],
    },
  },
  async (ctx) => ctx.ok(await sendTestEvent(ctx.claims, ctx.orgId, ctx.params.id), { status: 202 }),
);

export const OPTIONS = () => preflight("POST");
