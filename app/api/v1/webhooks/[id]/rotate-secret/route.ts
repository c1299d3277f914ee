// POST /api/v1/webhooks/{id}/rotate-secret – a new secret (shown once); the old one signs for 24 h
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";
import { rotateWebhookSecret } from "@/lib/webhooks";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("write", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await rotateWebhookSecret(ctx.claims, ctx.orgId, id));
});

export const OPTIONS = () => preflight("POST");
