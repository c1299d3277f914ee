// GET /api/v1/webhooks/{id}/deliveries – the endpoint's delivery log, one row per attempt
import { z } from "zod";
import { idParams, preflight, withApiKey } from "@/lib/api";
import { READ_ERRORS } from "@/lib/openapi";
import { ZWebhookDeliverySchema } from "@/lib/openapi/webhook-responses";
import { listDeliveries, ZListDeliveriesQuerySchema } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey(
  {
    scope: "read",
    params: idParams("Webhook endpoint id"),
    query: { schema: ZListDeliveriesQuerySchema, message: "The list query is invalid" },
    openapi: {
      operationId: "listWebhookDeliveries",
      summary: "The endpoint's delivery log, one entry per attempt, newest first",
      tag: "Webhooks",
      status: 200,
      data: z.array(ZWebhookDeliverySchema),
      paged: true,
      errors: [...READ_ERRORS, 404],
    },
  },
  async (ctx) => {
    const page = await listDeliveries(ctx.claims, ctx.orgId, ctx.params.id, ctx.query);
    return ctx.ok(page.data, { nextCursor: page.next_cursor });
  },
);

export const OPTIONS = () => preflight("GET");
