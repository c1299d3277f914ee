// GET /api/v1/leads/{id} – one lead in full; PATCH – change stage, notes, tags; DELETE – remove it
import { parseWith, preflight, requireObject, withApiKey } from "@/lib/api";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";
import { deleteLead, getLead, updateLead } from "@/lib/leads";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("read", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await getLead(ctx.claims, ctx.orgId, id));
});

export const PATCH = withApiKey<{ id: string }>("write", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  const body = requireObject(await ctx.body());
  return ctx.ok(await updateLead(ctx.claims, ctx.orgId, id, body));
});

export const DELETE = withApiKey<{ id: string }>("delete", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await deleteLead(ctx.claims, ctx.orgId, id));
});

export const OPTIONS = () => preflight("GET, PATCH, DELETE");
