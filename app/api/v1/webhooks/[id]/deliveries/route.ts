// GET /api/v1/webhooks/{id}/deliveries – the endpoint's delivery log, one row per attempt
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { ZIdParamsSchema } from "@/lib/api/params";
import { listDeliveries, ZListDeliveriesQuerySchema } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("read", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  const query = parseWith(ZListDeliveriesQuerySchema, ctx.query, "The list query is invalid");
  const page = await listDeliveries(ctx.claims, ctx.orgId, id, query);
  return ctx.ok(page.data, { nextCursor: page.next_cursor });
});

export const OPTIONS = () => preflight("GET");
