import { sendEvent } from "@/inngest/client";
import { webhookDeliver, type WebhookDeliver } from "@/inngest/events";
import { asServiceRole } from "@/lib/db";
import { env } from "@/lib/env";
import { LEAD_STAGE_CHANGED, type LeadStageChangedPayload } from "./schemas";

/** A stage change as lib/leads records it (one lead_stage_changes row). */
export interface StageChangeNotice {
  id: string;
  lead_id: string;
  from: LeadStageChangedPayload["data"]["change"]["from"];
  to: LeadStageChangedPayload["data"]["change"]["to"];
  actor_id: string | null;
  api_key_id: string | null;
  changed_at: string;
}

/** The webhook-id of a stage change: one per history row, however often it is sent. */
export const stageChangeEventId = (changeId: string) => `msg_${changeId.replaceAll("-", "")}_stage`;

/**
 * Stage changes that committed: one delivery per (change, active endpoint subscribed to
 * lead.stage_changed), each body built once so every retry sends the same bytes. Service role:
 * the endpoints are not the mover's to read (members may move leads, only admins see webhooks).
 */
export async function planStageChangeDeliveries(
  orgId: string,
  changes: StageChangeNotice[],
): Promise<WebhookDeliver[]> {
  if (!changes.length) return [];
  return asServiceRole(async (tx) => {
    const endpoints = await tx
      .selectFrom("webhooks")
      .select("id")
      .where("org_id", "=", orgId)
      .where("active", "=", true)
      .where((eb) => eb(eb.val(LEAD_STAGE_CHANGED), "=", eb.fn.any("events")))
      .orderBy("created_at")
      .execute();
    if (!endpoints.length) return [];
    const leads = await tx
      .selectFrom("scraped_leads")
      .select(["id", "name", "company", "email", "domain", "stage", "score"])
      .where("org_id", "=", orgId)
      .where(
        "id",
        "in",
        changes.map((c) => c.lead_id),
      )
      .execute();
    const byId = new Map(leads.map((l) => [l.id, l]));
    const plan: WebhookDeliver[] = [];
    for (const change of changes) {
      const lead = byId.get(change.lead_id);
      if (!lead) continue; // deleted since: nothing left to describe
      const payload: LeadStageChangedPayload = {
        type: LEAD_STAGE_CHANGED,
        timestamp: change.changed_at,
        data: {
          change: {
            id: change.id,
            from: change.from,
            to: change.to,
            changed_at: change.changed_at,
            actor: {
              type: change.api_key_id ? "api_key" : "user",
              user_id: change.actor_id,
              api_key_id: change.api_key_id,
            },
          },
          lead: { ...lead },
          lead_url: new URL(`/api/v1/leads/${lead.id}`, env().APP_URL).href,
        },
      };
      const body = JSON.stringify(payload);
      for (const e of endpoints)
        plan.push({
          orgId,
          webhookId: e.id,
          url: null,
          jobId: null,
          eventId: stageChangeEventId(change.id),
          eventType: LEAD_STAGE_CHANGED,
          body,
          mode: "retry",
          target: e.id,
        });
    }
    return plan;
  });
}

/** Plans and queues the deliveries of committed stage changes; answers how many were queued. */
export async function queueStageChangeEvents(
  orgId: string,
  changes: StageChangeNotice[],
): Promise<number> {
  const plan = await planStageChangeDeliveries(orgId, changes);
  if (plan.length) await sendEvent(plan.map((d) => webhookDeliver.create(d)));
  return plan.length;
}
