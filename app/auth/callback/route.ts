// GET /auth/callback – Supabase Auth: exchanges the code of a provider sign-in for a session.
import type { NextRequest } from "next/server";
import { handleOAuthCallback } from "@/lib/auth/oauth/route-handlers";

export async function GET(request: NextRequest) {
  return handleOAuthCallback(request, null);
}
