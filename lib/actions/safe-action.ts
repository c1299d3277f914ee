import { requireSession } from "@/lib/auth";
import { createSafeAction } from "./create-safe-action";

/**
 * The wrapper for every server action in the app. A signed-out caller is sent to /sign-in.
 *
 *   export const renameOrg = safeAction(
 *     { name: "org.rename", schema: ZRenameOrganizationSchema, roles: ["admin"] },
 *     (input, { session, org }) => renameOrganization(session.claims, org.id, input),
 *   );
 */
export const safeAction = createSafeAction(() => requireSession());

export type { ActionResult, ActionError } from "./result";
export type { OrgActionContext, UserActionContext, SafeAction } from "./create-safe-action";
