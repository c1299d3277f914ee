// GET /api/v1/credits – credit balance, credits held by running jobs, and recent ledger entries
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { creditsSummary, ZCreditsQuerySchema } from "@/lib/api/account";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey("read", async (ctx) => {
  const { limit } = parseWith(ZCreditsQuerySchema, ctx.query);
  return ctx.ok(await creditsSummary(ctx.claims, ctx.orgId, limit));
});

export const OPTIONS = () => preflight("GET");
