import { withUser, asServiceRole, type JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { organizationFileKeys, removeFiles } from "@/lib/inbound";
import { log } from "@/lib/log";
import { requireMembership } from "@/lib/orgs";
import { forgetOrganizationRuns } from "@/inngest/local/retention";
import { cancelOrganizationJobs } from "./cancel-org-jobs";
import { cancelOrganizationSubscription } from "./cancel-subscription";
import { recordPlatformAudit } from "./platform-audit";
import { ZDeleteOrganizationSchema, type DeleteOrganizationInput } from "./schemas";

export const CONFIRM_MISMATCH = (name: string) =>
  `Type the organization's name, ${name}, exactly as shown to confirm`;

export interface DeletedOrganization {
  id: string;
  jobsCancelled: number;
  subscriptionCancelled: boolean;
}

/**
 * Deletes an organization and everything in it (admins only, with its name or slug typed as
 * confirmation). In order, so that nothing is left half-done:
 *   1. its running jobs are cancelled as a user would cancel them (runs stop through cancelOn,
 *      holds are released), so no step goes on crawling for a tenant that is gone;
 *   2. its Stripe subscription is cancelled (when billing is configured) — if Stripe cannot be
 *      reached, nothing is deleted and the admin is asked to try again, rather than leave a
 *      customer billed for an organization that no longer exists;
 *   3. one transaction re-checks that the caller is still an admin, deletes the organization —
 *      leads, enrichment, jobs, keys, webhooks and deliveries, invitations, members, credits,
 *      ledger, its own audit log: every table references it with ON DELETE CASCADE — and writes
 *      the platform audit entry (lib/erasure/platform-audit.ts);
 *   4. the embedded job executor forgets the organization's runs and events, and the files its
 *      inbound forms received are deleted from storage (after the commit: their rows are gone).
 */
export async function deleteOrganization(
  claims: JwtClaims,
  orgId: string,
  input: DeleteOrganizationInput | { confirmedBy: "account_deletion" },
): Promise<DeletedOrganization> {
  const org = await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    return tx
      .selectFrom("organizations")
      .select(["id", "name", "slug"])
      .where("id", "=", orgId)
      .executeTakeFirstOrThrow();
  });
  if (!("confirmedBy" in input)) {
    const parsed = ZDeleteOrganizationSchema.safeParse(input);
    const typed = parsed.success ? parsed.data.confirm : "";
    if (typed !== org.name.trim() && typed !== org.slug)
      throw new AppError("validation_failed", "Some fields are invalid", {
        fields: { confirm: [CONFIRM_MISMATCH(org.name)] },
      });
  }

  const jobsCancelled = await cancelOrganizationJobs(claims, orgId);
  const subscription = await cancelOrganizationSubscription(orgId);

  const files = await asServiceRole(async (tx) => {
    const admin = await tx
      .selectFrom("team_members")
      .select("role")
      .where("org_id", "=", orgId)
      .where("user_id", "=", claims.sub)
      .where("role", "=", "admin")
      .forUpdate()
      .executeTakeFirst();
    if (!admin) throw new AppError("forbidden", "Only admins of this organization can do that");
    const members = await tx
      .selectFrom("team_members")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow();
    const fileKeys = await organizationFileKeys(tx, orgId);
    await tx.deleteFrom("organizations").where("id", "=", orgId).execute();
    await recordPlatformAudit(tx, {
      actorId: claims.sub,
      action: "organization.deleted",
      targetType: "organization",
      targetId: orgId,
      metadata: {
        members: Number(members.n),
        jobs_cancelled: jobsCancelled,
        plan: subscription.plan,
        subscription_cancelled: subscription.cancelled,
        reason: "confirmedBy" in input ? "account_deleted" : "deleted_by_admin",
      },
    });
    return fileKeys;
  });
  const forgotten = await forgetOrganizationRuns(orgId);
  const filesDeleted = await removeFiles(files);
  log.info("erasure.organization_deleted", {
    orgId,
    userId: claims.sub,
    jobsCancelled,
    runsForgotten: forgotten.runs,
    filesDeleted,
  });
  return { id: orgId, jobsCancelled, subscriptionCancelled: subscription.cancelled };
}
