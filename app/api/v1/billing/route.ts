// GET /api/v1/billing – the organization's plan, its limits, credits per bucket and the period
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { ZNoQuerySchema } from "@/lib/api/params";
import { billingSummary } from "@/lib/billing";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey("read", async (ctx) => {
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await billingSummary(ctx.claims, ctx.orgId));
});

export const OPTIONS = () => preflight("GET");
