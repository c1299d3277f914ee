import type { Selectable } from "kysely";
import type { WebhookDeliveriesTable, WebhookEvent, WebhooksTable } from "@/lib/db";
import { iso } from "@/lib/serialize";

export type WebhookRow = Selectable<WebhooksTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/** An endpoint as callers see it: the secret only as a hint. */
export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  events: WebhookEvent[];
  active: boolean;
  /** Why deliveries stopped (410 Gone, a day of failures); null while active. For the banner. */
  disabled_reason: string | null;
  secret_hint: string;
  consecutive_failures: number;
  failing_since: string | null;
  secret_rotated_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Returned by create and rotate only: the one time the full secret is shown. */
export interface WebhookWithSecret extends Webhook {
  secret: string;
}

export interface Delivery {
  id: string;
  webhook_id: string | null;
  job_id: string | null;
  event_id: string;
  event_type: string;
  url: string;
  attempt: number;
  succeeded: boolean;
  request_headers: Record<string, string>;
  request_body: string;
  response_status: number | null;
  response_body: string | null;
  duration_ms: number | null;
  error: string | null;
  created_at: string;
}

export function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    active: row.active,
    disabled_reason: row.disabled_reason,
    secret_hint: row.secret_hint,
    consecutive_failures: row.consecutive_failures,
    failing_since: iso(row.failing_since),
    secret_rotated_at: iso(row.secret_rotated_at),
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    webhook_id: row.webhook_id,
    job_id: row.job_id,
    event_id: row.event_id,
    event_type: row.event_type,
    url: row.url,
    attempt: row.attempt,
    succeeded: row.succeeded,
    request_headers: row.request_headers as Record<string, string>,
    request_body: row.request_body,
    response_status: row.response_status,
    response_body: row.response_body,
    duration_ms: row.duration_ms,
    error: row.error,
    created_at: iso(row.created_at)!,
  };
}
