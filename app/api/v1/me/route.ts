// GET /api/v1/me – the calling key's organization, plan and scopes
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { describeKey } from "@/lib/api/account";
import { ZNoQuerySchema } from "@/lib/api/params";

// Every request reads its Authorization header: never prerendered, and Next need not watch for it.
export const dynamic = "force-dynamic";

export const GET = withApiKey("read", async (ctx) => {
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await describeKey(ctx));
});

export const OPTIONS = () => preflight("GET");
