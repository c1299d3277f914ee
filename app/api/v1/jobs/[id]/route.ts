// GET /api/v1/jobs/{id} – one job with its live progress
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { getJob } from "@/lib/jobs";
import { ZIdParamsSchema, ZNoQuerySchema } from "@/lib/api/params";

export const GET = withApiKey<{ id: string }>("read", async (ctx) => {
  const { id } = parseWith(ZIdParamsSchema, ctx.params);
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await getJob(ctx.claims, ctx.orgId, id));
});

export const OPTIONS = () => preflight("GET");
