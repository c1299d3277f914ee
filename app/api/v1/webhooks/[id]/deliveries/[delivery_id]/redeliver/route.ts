// POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver – send that event again, same id
import { z } from "zod";
import { idParams, preflight, withApiKey } from "@/lib/api";
import { READ_ERRORS } from "@/lib/openapi";
import { ZQueuedDeliverySchema } from "@/lib/openapi/webhook-responses";
import { redeliver } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey(
  {
    scope: "write",
    params: idParams("Webhook endpoint id").extend({
      delivery_id: z.uuid({ error: "Must be a UUID" }).describe("A delivery id from the log"),
    }),
    openapi: {
      operationId: "redeliverWebhook",
      summary: "Send that delivery's event again: same body, same webhook-id (one attempt)",
      tag: "Webhooks",
      status: 202,
      data: ZQueuedDeliverySchema,
      errors: [...READ_ERRORS, 404, 409],
    },
  },
  async (ctx) =>
    ctx.ok(await redeliver(ctx.claims, ctx.orgId, ctx.params.id, ctx.params.delivery_id), {
      status: 202,
    }),
);

export const OPTIONS = () => preflight("POST");
