import { cache } from "react";
import { requireSession } from "@/lib/auth";
import { getCurrentOrg } from "@/lib/orgs";

/**
 * The signed-in user and their current organization, loaded once per request however many
 * layouts and pages ask (React's cache is per request, so nothing leaks between users).
 */
export const loadDashboardContext = cache(async () => {
  const session = await requireSession();
  const { current, memberships } = await getCurrentOrg(session.claims);
  return { session, current, memberships };
});
