// GET /api/crm/{hubspot|salesforce}/callback – the CRM's redirect back after an admin grants access
import { NextResponse } from "next/server";
import { getSession } from "@/lib/auth";
import { completeCrmConnect, CRM_PROVIDERS, type CrmProvider } from "@/lib/crm";
import { env } from "@/lib/env";
import { toAppError } from "@/lib/errors";
import { log } from "@leadscout/log";

export const dynamic = "force-dynamic";

// Always back to Settings › Integrations on our own origin, with an outcome the page words; the
// code and state are never echoed (nor logged).
const back = (outcome: Record<string, string>) => {
  const url = new URL("/settings/integrations", env().APP_URL);
  for (const [k, v] of Object.entries(outcome)) url.searchParams.set(k, v);
  return NextResponse.redirect(url, { status: 303 });
};

export async function GET(req: Request, ctx: { params: Promise<{ provider: string }> }) {
  const { provider } = await ctx.params;
  if (!CRM_PROVIDERS.includes(provider as CrmProvider))
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  const params = new URL(req.url).searchParams;
  const session = await getSession();
  if (!session)
    return NextResponse.redirect(
      new URL("/sign-in?next=/settings/integrations", env().APP_URL),
      303,
    );
  // The admin pressed "Cancel" (error=access_denied) or the CRM refused the request.
  if (params.get("error")) return back({ crm_error: "denied" });
  const code = params.get("code");
  const state = params.get("state");
  if (!code || !state || code.length > 2000 || state.length > 200)
    return back({ crm_error: "invalid" });
  try {
    await completeCrmConnect(session.claims, { code, state, provider: provider as CrmProvider });
    return back({ connected: provider });
  } catch (err) {
    const e = toAppError(err);
    if (e.code === "internal") log.error("crm connect failed", { err: e.message });
    return back({ crm_error: e.code === "bad_request" ? "expired" : "failed" });
  }
}
