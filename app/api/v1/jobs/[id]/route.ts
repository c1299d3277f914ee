// GET /api/v1/jobs/{id} – one job with its live progress
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { getJob } from "@/lib/jobs";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("read", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await getJob(ctx.claims, ctx.orgId, id));
});

export const OPTIONS = () => preflight("GET");
