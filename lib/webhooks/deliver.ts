import { sql } from "kysely";
import { asServiceRole, type Tx } from "@/lib/db";
import type { WebhookDeliver } from "@/inngest/events";
import { sendWebhook, type SendResult } from "./send";
import { signDelivery } from "./sign";
import { DecryptionError } from "@/lib/crypto";
import { log } from "@leadscout/log";
import { resealWebhookRow } from "./reseal";
import { jobWebhookSecret, signingSecrets } from "./secret";

// One attempt of one delivery, run by the delivery function as a step: look the endpoint up
// (it may have been disabled, changed or deleted since the event), sign, send, log the attempt
// and move the endpoint's failure state. Runs as the service role: workers only.

/** Consecutive failures for this long disable an endpoint. */
export const FAILURE_WINDOW_MS = 24 * 60 * 60 * 1000;
const USER_AGENT = "Leadscout-Webhooks/1.0 (+https://www.standardwebhooks.com)";

export interface AttemptOutcome {
  /** No further attempt: delivered, endpoint gone or disabled. */
  final: boolean;
  succeeded: boolean;
  status: number | null;
  attempt: number | null;
  /** Set when this attempt disabled the endpoint: its admins are to be told. */
  disabled: string | null;
  skipped?: string;
  /** When the attempt ended (ms); the next one is scheduled from here. */
  at: number;
}

const skip = (reason: string): AttemptOutcome => ({
  final: true,
  succeeded: false,
  status: null,
  attempt: null,
  disabled: null,
  skipped: reason,
  at: Date.now(),
});

interface Target {
  url: string;
  secrets: string[];
}

async function resolveTarget(tx: Tx, d: WebhookDeliver): Promise<Target | string> {
  if (!d.webhookId) {
    if (!d.url) return "no target";
    return { url: d.url, secrets: d.jobId ? [jobWebhookSecret(d.jobId)] : [] };
  }
  const hook = await tx
    .selectFrom("webhooks")
    .select(["id", "org_id", "url", "active", "secret", "previous_secret", "secret_rotated_at"])
    .where("id", "=", d.webhookId)
    .where("org_id", "=", d.orgId)
    .executeTakeFirst();
  if (!hook) return "endpoint deleted";
  if (!hook.active) return "endpoint disabled";
  try {
    const secrets = signingSecrets(hook);
    // Lazy rotation: a secret still under an older ENCRYPTION_KEY is re-sealed as it is used.
    await resealWebhookRow(tx, hook);
    return { url: hook.url, secrets };
  } catch (err) {
    if (!(err instanceof DecryptionError)) throw err;
    log.error("webhook secret cannot be decrypted", { webhookId: hook.id, reason: err.message });
    return "the endpoint's secret cannot be decrypted (ENCRYPTION_KEY changed without ENCRYPTION_KEY_PREVIOUS)";
  }
}

function requestHeaders(d: WebhookDeliver, secrets: string[]): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": USER_AGENT,
  };
  // Endpoints sign with their secret(s), a job's own webhook_url with its derived secret. Without
  // a secret (never expected) the id and timestamp still let receivers de-duplicate.
  if (secrets.length) return { ...headers, ...signDelivery(d.eventId, d.body, secrets) };
  return {
    ...headers,
    "webhook-id": d.eventId,
    "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
  };
}

function statusError(status: number): string {
  return status >= 300 && status < 400
    ? `HTTP ${status}: redirects are not followed; point the endpoint at the final URL`
    : `HTTP ${status}`;
}

async function logAttempt(
  tx: Tx,
  d: WebhookDeliver,
  url: string,
  headers: Record<string, string>,
  res: SendResult,
  succeeded: boolean,
): Promise<number> {
  // Attempts number on from the event's earlier ones, so a redelivery is attempt n+1.
  let prev = tx
    .selectFrom("webhook_deliveries")
    .select((eb) => eb.fn.max("attempt").as("n"))
    .where("event_id", "=", d.eventId)
    .where("org_id", "=", d.orgId);
  prev = d.webhookId
    ? prev.where("webhook_id", "=", d.webhookId)
    : prev.where("webhook_id", "is", null).where("url", "=", url);
  const attempt = Number((await prev.executeTakeFirst())?.n ?? 0) + 1;
  await tx
    .insertInto("webhook_deliveries")
    .values({
      org_id: d.orgId,
      webhook_id: d.webhookId,
      job_id: d.jobId,
      event_id: d.eventId,
      event_type: d.eventType,
      url,
      attempt,
      request_headers: JSON.stringify(headers),
      request_body: d.body,
      response_status: res.status,
      response_body: res.body,
      duration_ms: res.durationMs,
      error: res.error ?? (succeeded ? null : statusError(res.status!)),
      succeeded,
    })
    .execute();
  return attempt;
}

/** Moves the endpoint's failure state; returns the reason when this attempt disabled it. */
async function settleEndpoint(
  tx: Tx,
  webhookId: string,
  res: SendResult,
  succeeded: boolean,
): Promise<string | null> {
  if (succeeded) {
    await tx
      .updateTable("webhooks")
      .set({ consecutive_failures: 0, failing_since: null })
      .where("id", "=", webhookId)
      .execute();
    return null;
  }
  const row = await tx
    .updateTable("webhooks")
    .set({
      consecutive_failures: sql`consecutive_failures + 1`,
      failing_since: sql`coalesce(failing_since, now())`,
    })
    .where("id", "=", webhookId)
    .returning(["failing_since"])
    .executeTakeFirst();
  let reason: string | null = null;
  if (res.status === 410) reason = "The endpoint answered 410 Gone";
  else if (
    row?.failing_since &&
    Date.now() - new Date(row.failing_since).getTime() >= FAILURE_WINDOW_MS
  )
    reason = `Every delivery failed for 24 hours (last: ${res.error ?? statusError(res.status!)})`;
  if (!reason) return null;
  // Only the attempt that flips it reports it, however many deliveries fail at once.
  const flipped = await tx
    .updateTable("webhooks")
    .set({ active: false, disabled_reason: reason })
    .where("id", "=", webhookId)
    .where("active", "=", true)
    .returning("id")
    .executeTakeFirst();
  return flipped ? reason : null;
}

export async function attemptDelivery(d: WebhookDeliver): Promise<AttemptOutcome> {
  const target = await asServiceRole((tx) => resolveTarget(tx, d));
  if (typeof target === "string") return skip(target);
  const headers = requestHeaders(d, target.secrets);
  const res = await sendWebhook(target.url, headers, d.body);
  const succeeded = res.status !== null && res.status >= 200 && res.status < 300;
  return asServiceRole(async (tx) => {
    const attempt = await logAttempt(tx, d, target.url, headers, res, succeeded);
    const disabled = d.webhookId ? await settleEndpoint(tx, d.webhookId, res, succeeded) : null;
    return {
      final: succeeded || disabled !== null || res.permanent === true,
      succeeded,
      status: res.status,
      attempt,
      disabled,
      at: Date.now(),
    };
  });
}
