// GET /api/v1/me – the calling key's organization, plan and scopes
import { parseWith, preflight, withApiKey } from "@/lib/api";
import { describeKey } from "@/lib/api/account";
import { ZNoQuerySchema } from "@/lib/api/params";

export const GET = withApiKey("read", async (ctx) => {
  parseWith(ZNoQuerySchema, ctx.query);
  return ctx.ok(await describeKey(ctx));
});

export const OPTIONS = () => preflight("GET");
