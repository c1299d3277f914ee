import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { JwtClaims } from "@/lib/db";
import {
  decodeCreatedAtCursor,
  encodeCreatedAtCursor,
  exactInstant,
  pageLimit,
} from "@/lib/api/cursor";
import { AppError, notFound, validationError } from "@/lib/errors";
import { sendEvent } from "@/inngest/client";
import { webhookDeliver } from "@/inngest/events";
import { asManager, findWebhookRow } from "./endpoints";
import { TEST_EVENT_TYPE, ZListDeliveriesQuerySchema, type TestEventPayload } from "./schemas";
import { toDelivery, type Delivery } from "./view";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DeliveryPage {
  data: Delivery[];
  next_cursor: string | null;
}

/** What POST …/test and …/redeliver answer: the attempt is queued, under this webhook-id. */
export interface QueuedDelivery {
  webhook_id: string;
  event_id: string;
  event_type: string;
  queued: true;
}

/** An endpoint's delivery log (one row per attempt), newest first, a keyset page at a time. */
export async function listDeliveries(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
  query: unknown = {},
): Promise<DeliveryPage> {
  const parsed = ZListDeliveriesQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The list query is invalid");
  const { limit, cursor } = parsed.data;
  const after = cursor ? decodeCreatedAtCursor(cursor, "-created_at") : undefined;
  return asManager(claims, orgId, async (tx) => {
    const hook = await findWebhookRow(tx, orgId, webhookId);
    let q = tx
      .selectFrom("webhook_deliveries")
      .selectAll()
      .select(exactInstant("created_at").as("cursor_at"))
      .where("webhook_id", "=", hook.id)
      .where("org_id", "=", orgId);
    if (after)
      q = q.where(sql<boolean>`(created_at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
    const rows = await q
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(pageLimit(limit))
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      data: page.map(toDelivery),
      next_cursor:
        rows.length > limit && last
          ? encodeCreatedAtCursor("-created_at", last.cursor_at, last.id)
          : null,
    };
  });
}

function disabledConflict(reason: string | null): AppError {
  return new AppError(
    "conflict",
    `This endpoint is disabled${reason ? ` (${reason})` : ""}; re-enable it with PATCH {"active": true} first`,
  );
}

/** Sends the event of `deliveryId` to its endpoint again: same body, same webhook-id. */
export async function redeliver(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
  deliveryId: string,
): Promise<QueuedDelivery> {
  const { hook, row } = await asManager(claims, orgId, async (tx) => {
    const hook = await findWebhookRow(tx, orgId, webhookId);
    const row = UUID.test(deliveryId)
      ? await tx
          .selectFrom("webhook_deliveries")
          .select(["event_id", "event_type", "request_body", "job_id"])
          .where("id", "=", deliveryId)
          .where("webhook_id", "=", hook.id)
          .where("org_id", "=", orgId)
          .executeTakeFirst()
      : undefined;
    if (!row) throw notFound("Delivery");
    return { hook, row };
  });
  if (!hook.active) throw disabledConflict(hook.disabled_reason);
  await sendEvent(
    webhookDeliver.create({
      orgId,
      webhookId: hook.id,
      url: null,
      jobId: row.job_id,
      eventId: row.event_id,
      eventType: row.event_type,
      body: row.request_body,
      mode: "once",
      target: hook.id,
    }),
  );
  return { webhook_id: hook.id, event_id: row.event_id, event_type: row.event_type, queued: true };
}

/** Queues a signed `webhook.test` event to the endpoint (one attempt, logged like any other). */
export async function sendTestEvent(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
): Promise<QueuedDelivery> {
  const hook = await asManager(claims, orgId, (tx) => findWebhookRow(tx, orgId, webhookId));
  if (!hook.active) throw disabledConflict(hook.disabled_reason);
  const eventId = `msg_test_${randomUUID().replaceAll("-", "")}`;
  const payload: TestEventPayload = {
    type: TEST_EVENT_TYPE,
    timestamp: new Date().toISOString(),
    data: { webhook_id: hook.id, message: "A test event from Leadscout" },
  };
  await sendEvent(
    webhookDeliver.create({
      orgId,
      webhookId: hook.id,
      url: null,
      jobId: null,
      eventId,
      eventType: TEST_EVENT_TYPE,
      body: JSON.stringify(payload),
      mode: "once",
      target: hook.id,
    }),
  );
  return { webhook_id: hook.id, event_id: eventId, event_type: TEST_EVENT_TYPE, queued: true };
}

/** Endpoints that stopped receiving (410, a day of failures): what the dashboard banner shows. */
export async function webhookAlerts(
  claims: JwtClaims,
  orgId: string,
): Promise<{ id: string; url: string; disabled_reason: string }[]> {
  return asManager(claims, orgId, async (tx) => {
    const rows = await tx
      .selectFrom("webhooks")
      .select(["id", "url", "disabled_reason"])
      .where("org_id", "=", orgId)
      .where("active", "=", false)
      .where("disabled_reason", "is not", null)
      .orderBy("updated_at", "desc")
      .execute();
    return rows.map((r) => ({ id: r.id, url: r.url, disabled_reason: r.disabled_reason! }));
  });
}
