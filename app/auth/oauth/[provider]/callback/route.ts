// GET /auth/oauth/:provider/callback – local auth: the provider's redirect back with a code.
import type { NextRequest } from "next/server";
import { handleOAuthCallback, providerParam } from "@/lib/auth/oauth/route-handlers";

export async function GET(request: NextRequest, ctx: { params: Promise<{ provider: string }> }) {
  return handleOAuthCallback(request, providerParam((await ctx.params).provider));
}
