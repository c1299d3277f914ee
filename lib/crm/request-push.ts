import { sendEvent } from "@/inngest/client";
import { crmPushRequested } from "@/inngest/events";
import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { notConnected } from "./connection";
import {
  CRM_PROVIDER_LABELS,
  ZCrmPushBodySchema,
  type CrmProvider,
  type PushSource,
  type PushStatus,
} from "./schemas";

// Asking for a push (bulk action, POST /api/v1/crm/push, a completed job): the leads or job are
// checked under the caller's row-level security (another tenant's id is "not found", listed with
// the others in one 422), the organization must be connected, then a push row is queued and the
// crm/push.requested event sent; the Inngest function runs it. Without a provider the push goes
// to the one CRM connected; with two connected the caller must say which (422).

export interface PushRequested {
  push_id: string;
  status: PushStatus;
  provider: CrmProvider;
}

/** Admins and members (the roles that export leads); viewers read only. */
export async function requestPush(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
  source: Exclude<PushSource, "job">,
): Promise<PushRequested> {
  const parsed = ZCrmPushBodySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The push request is invalid");
  const body = parsed.data;
  await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin", "member"]);
    if (body.lead_ids) {
      const wanted = [...new Set(body.lead_ids)];
      const found = await tx
        .selectFrom("scraped_leads")
        .select("id")
        .where("org_id", "=", orgId)
        .where("id", "in", wanted)
        .execute();
      const known = new Set(found.map((r) => r.id));
      const fields: Record<string, string[]> = {};
      body.lead_ids.forEach((id, i) => {
        if (!known.has(id)) fields[`lead_ids.${i}`] = ["No such lead in this organization"];
      });
      if (Object.keys(fields).length)
        throw new AppError("validation_failed", "Some leads were not found", { fields });
    } else {
      const job = await tx
        .selectFrom("scraping_jobs")
        .select("id")
        .where("org_id", "=", orgId)
        .where("id", "=", body.job_id!)
        .executeTakeFirst();
      if (!job)
        throw new AppError("validation_failed", "The job was not found", {
          fields: { job_id: ["No such job in this organization"] },
        });
    }
  });
  return queuePush(orgId, body.provider ?? (await onlyConnected(orgId)), {
    source,
    requestedBy: claims.sub,
    jobId: body.job_id ?? null,
    leadIds: body.lead_ids ? [...new Set(body.lead_ids)] : [],
  });
}

/** The CRM a push names none of: the one connected (HubSpot's 409 when none is). */
async function onlyConnected(orgId: string): Promise<CrmProvider> {
  const rows = await asServiceRole((tx) =>
    tx
      .selectFrom("crm_connections")
      .select("provider")
      .where("org_id", "=", orgId)
      .orderBy("provider")
      .execute(),
  );
  if (rows.length > 1)
    throw new AppError("validation_failed", "Several CRMs are connected: say which", {
      fields: {
        provider: [
          `Both ${rows.map((r) => CRM_PROVIDER_LABELS[r.provider]).join(" and ")} are connected: give provider (${rows.map((r) => r.provider).join(" or ")})`,
        ],
      },
    });
  return rows[0]?.provider ?? "hubspot";
}

/** The opt-in "push every completed job" (service role): null when the org has not opted in. */
export async function requestJobPush(
  orgId: string,
  jobId: string,
  provider: CrmProvider,
): Promise<PushRequested | null> {
  const optedIn = await asServiceRole((tx) =>
    tx
      .selectFrom("crm_connections")
      .select("id")
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .where("push_completed_jobs", "=", true)
      .executeTakeFirst(),
  );
  if (!optedIn) return null;
  return queuePush(orgId, provider, { source: "job", requestedBy: null, jobId, leadIds: [] });
}

async function queuePush(
  orgId: string,
  provider: CrmProvider,
  p: { source: PushSource; requestedBy: string | null; jobId: string | null; leadIds: string[] },
): Promise<PushRequested> {
  const push = await asServiceRole(async (tx) => {
    const connected = await tx
      .selectFrom("crm_connections")
      .select("id")
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst();
    if (!connected) throw notConnected(provider);
    return tx
      .insertInto("crm_pushes")
      .values({
        org_id: orgId,
        provider,
        source: p.source,
        requested_by: p.requestedBy,
        job_id: p.jobId,
        lead_ids: p.leadIds,
      })
      .returning(["id", "status"])
      .executeTakeFirstOrThrow();
  });
  await sendEvent(crmPushRequested.create({ pushId: push.id, orgId }));
  return { push_id: push.id, status: push.status, provider };
}
