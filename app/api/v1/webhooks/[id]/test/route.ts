// POST /api/v1/webhooks/{id}/test – queue a signed webhook.test event to the endpoint
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";
import { sendTestEvent } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("write", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await sendTestEvent(ctx.claims, ctx.orgId, id), { status: 202 });
});

export const OPTIONS = () => preflight("POST");
