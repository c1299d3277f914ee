// POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver – send that event again, same id
import { z } from "zod";
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";
import { redeliver } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

const ZParamsSchema = ZIdParamsSchema.extend({
  delivery_id: z.uuid({ error: "Must be a UUID" }),
});

export const POST = withApiKey<{ id: string; delivery_id: string }>("write", async (ctx) => {
  const { id, delivery_id } = parseWith(ZParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await redeliver(ctx.claims, ctx.orgId, id, delivery_id), { status: 202 });
});

export const OPTIONS = () => preflight("POST");
