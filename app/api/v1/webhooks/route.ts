// GET /api/v1/webhooks – the organization's endpoints; POST – create one (its secret shown once)
import { parseWith, preflight, requireObject, withApiKey } from "@/lib/api";
import { ZNoQuerySchema } from "@/lib/api/params";
import { createWebhook, listWebhooks } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey("read", async (ctx) => {
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await listWebhooks(ctx.claims, ctx.orgId));
});

export const POST = withApiKey("write", async (ctx) => {
  parseWith(ZNoQuerySchema, ctx.query);
  const body = requireObject(await ctx.body());
  return ctx.ok(await createWebhook(ctx.claims, ctx.orgId, body), { status: 201 });
});

export const OPTIONS = () => preflight("GET, POST");
