import { recordAudit } from "@/lib/audit";
import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { z } from "zod";
import { notConnected } from "./connection";
import { SALESFORCE_OBJECT_MODES, type SalesforceObjectMode } from "./schemas";

// Admins choose what a Salesforce push writes: Accounts with their Contacts (the default) or
// Leads. The next push uses it; records already in Salesforce stay as they are.

const ZObjectMode = z.enum(SALESFORCE_OBJECT_MODES, {
  error: "Either account_contact or lead",
});

export async function setSalesforceObjectMode(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<SalesforceObjectMode> {
  const parsed = z.strictObject({ mode: ZObjectMode }).safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The object mode is invalid");
  const { mode } = parsed.data;
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin"]));
  const res = await asServiceRole((tx) =>
    tx
      .updateTable("crm_connections")
      .set({ object_mode: mode, updated_at: new Date() })
      .where("org_id", "=", orgId)
      .where("provider", "=", "salesforce")
      .executeTakeFirst(),
  );
  if (!res.numUpdatedRows) throw notConnected("salesforce");
  await withUser(claims, (tx) =>
    recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "crm.settings_changed",
      targetType: "crm_connection",
      targetId: "salesforce",
      metadata: { provider: "salesforce", object_mode: mode },
    }),
  );
  return mode;
}
