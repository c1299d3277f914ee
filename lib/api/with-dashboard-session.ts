import { NextResponse } from "next/server";
import { getSession, type Session } from "@/lib/auth";
import { AppError, ERROR_STATUS, toAppError, type ErrorCode } from "@/lib/errors";
import { log } from "@leadscout/log";
import { getCurrentOrg, type Membership } from "@/lib/orgs";

// The wrapper for the dashboard's own JSON and download routes: the browser's session cookie, the
// caller's current organization, and one error shape ({ error: { code, message, fields } }).

export interface DashboardContext {
  session: Session;
  org: Membership;
}

export function dashboardError(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string[]>,
  details?: Record<string, unknown>,
) {
  return NextResponse.json(
    { error: { code, message, ...(fields && { fields }), ...(details && { details }) } },
    { status: ERROR_STATUS[code], headers: { "cache-control": "no-store" } },
  );
}

export function withDashboardSession<P>(
  name: string,
  handler: (req: Request, ctx: DashboardContext, params: P) => Promise<Response>,
) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    const session = await getSession();
    if (!session) return dashboardError("unauthenticated", "Sign in again to continue");
    try {
      const { current } = await getCurrentOrg(session.claims);
      if (!current) throw new AppError("not_found", "You are not a member of any organization");
      return await handler(req, { session, org: current }, await route.params);
    } catch (err) {
      const e = toAppError(err);
      if (e.code === "internal") log.error("dashboard route failed", { route: name, err });
      // details are caller-facing facts (an import's row errors); internals never carry any.
      return dashboardError(
        e.code,
        e.message,
        e.fields,
        e.code === "internal" ? undefined : e.details,
      );
    }
  };
}
