// GET /auth/oauth/:provider – starts sign-in with Google or GitHub (either auth engine).
import type { NextRequest } from "next/server";
import { handleOAuthStart } from "@/lib/auth/oauth/route-handlers";

export async function GET(request: NextRequest, ctx: { params: Promise<{ provider: string }> }) {
  return handleOAuthStart(request, (await ctx.params).provider);
}
