// GET /api/v1/webhooks/{id} – one endpoint; PATCH – change it; DELETE – remove it and its log
import { parseWith, preflight, requireObject, withApiKey } from "@/lib/api";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";
import { deleteWebhook, getWebhook, updateWebhook } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("read", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await getWebhook(ctx.claims, ctx.orgId, id));
});

export const PATCH = withApiKey<{ id: string }>("write", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  const body = requireObject(await ctx.body());
  return ctx.ok(await updateWebhook(ctx.claims, ctx.orgId, id, body));
});

export const DELETE = withApiKey<{ id: string }>("delete", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await deleteWebhook(ctx.claims, ctx.orgId, id));
});

export const OPTIONS = () => preflight("GET, PATCH, DELETE");
