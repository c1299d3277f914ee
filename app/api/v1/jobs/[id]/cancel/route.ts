// POST /api/v1/jobs/{id}/cancel – stop a pending or running job and release its unused credits
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { cancelJob } from "@/lib/jobs";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("write", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await cancelJob(ctx.claims, ctx.orgId, id));
});

export const OPTIONS = () => preflight("POST");
