import type { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { withUser, type JwtClaims, type Tx } from "@/lib/db";
import { AppError, fieldErrorsOf, notFound, type FieldErrors } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs/membership";
import { ZCreateWebhookSchema, ZUpdateWebhookSchema } from "./schemas";
import { generateSecret, openSecret, sealSecret, secretHint } from "./secret";
import { endpointUrlProblems } from "./url-policy";
import { toWebhook, type Webhook, type WebhookRow, type WebhookWithSecret } from "./view";

// Managing an organization's endpoints, as the signed-in user or an API key's creator. Admins and
// members manage; viewers are refused (RLS agrees: they cannot even read the rows).

export const MAX_WEBHOOKS_PER_ORG = 20;
const MANAGERS = ["admin", "member"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `fn` as the caller after checking they may manage `orgId`'s webhooks. */
export function asManager<T>(
  claims: JwtClaims,
  orgId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, MANAGERS);
    return fn(tx);
  });
}

/** The endpoint row if it is `orgId`'s (another tenant's id looks absent: 404). */
export async function findWebhookRow(
  tx: Tx,
  orgId: string,
  webhookId: string,
): Promise<WebhookRow> {
  const row = UUID.test(webhookId)
    ? await tx
        .selectFrom("webhooks")
        .selectAll()
        .where("id", "=", webhookId)
        .where("org_id", "=", orgId)
        .executeTakeFirst()
    : undefined;
  if (!row) throw notFound("Webhook");
  return row;
}

declare const brand: unique symbol;
/** Input that passed checkNewWebhook / checkWebhookChanges; only they make one. */
type Checked<T> = T & { readonly [brand]: true };
export type NewWebhookInput = Checked<z.output<typeof ZCreateWebhookSchema>>;
export type WebhookChanges = Checked<z.output<typeof ZUpdateWebhookSchema>>;

/** Schema issues and URL problems together, so one 422 lists everything wrong. */
async function validate<S extends typeof ZCreateWebhookSchema | typeof ZUpdateWebhookSchema>(
  schema: S,
  input: unknown,
): Promise<Checked<z.output<S>>> {
  const parsed = schema.safeParse(input);
  const fields: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const url = (input as { url?: unknown } | null)?.url;
  if (typeof url === "string" && !fields.url) {
    const problems = await endpointUrlProblems(url.trim());
    if (problems.length) fields.url = problems;
  }
  if (!parsed.success || Object.keys(fields).length)
    throw new AppError("validation_failed", "The webhook is invalid", { fields });
  return parsed.data as Checked<z.output<S>>;
}

/** A new endpoint's input, checked (schema and URL policy). */
export const checkNewWebhook = (input: unknown) => validate(ZCreateWebhookSchema, input);
/** An endpoint's changes, checked (schema and URL policy). */
export const checkWebhookChanges = (input: unknown) => validate(ZUpdateWebhookSchema, input);

export async function listWebhooks(claims: JwtClaims, orgId: string): Promise<Webhook[]> {
  return asManager(claims, orgId, async (tx) => {
    const rows = await tx
      .selectFrom("webhooks")
      .selectAll()
      .where("org_id", "=", orgId)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(MAX_WEBHOOKS_PER_ORG)
      .execute();
    return rows.map(toWebhook);
  });
}

export async function getWebhook(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
): Promise<Webhook> {
  return asManager(claims, orgId, async (tx) =>
    toWebhook(await findWebhookRow(tx, orgId, webhookId)),
  );
}

/** Creates an endpoint with a fresh secret, returned in full this once. */
export async function createWebhook(
  claims: JwtClaims,
  orgId: string,
  input: unknown,
): Promise<WebhookWithSecret> {
  return createCheckedWebhook(claims, orgId, await checkNewWebhook(input));
}

/** createWebhook for input checked already (the REST route's contract checks it). */
export async function createCheckedWebhook(
  claims: JwtClaims,
  orgId: string,
  data: NewWebhookInput,
): Promise<WebhookWithSecret> {
  return asManager(claims, orgId, async (tx) => {
    const { n } = await tx
      .selectFrom("webhooks")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("org_id", "=", orgId)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MAX_WEBHOOKS_PER_ORG)
      throw new AppError(
        "conflict",
        `An organization can have at most ${MAX_WEBHOOKS_PER_ORG} webhook endpoints`,
      );
    const secret = generateSecret();
    const row = await tx
      .insertInto("webhooks")
      .values({
        org_id: orgId,
        url: data.url,
        description: data.description || null,
        events: data.events,
        secret: sealSecret(orgId, secret),
        secret_hint: secretHint(secret),
        created_by: claims.sub,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "webhook.created",
      targetType: "webhook",
      targetId: row.id,
      metadata: { url: row.url, events: row.events },
    });
    return { ...toWebhook(row), secret };
  });
}

/** Changes url, events, description or active; re-enabling clears the failure state. */
export async function updateWebhook(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
  input: unknown,
): Promise<Webhook> {
  return updateWebhookChecked(claims, orgId, webhookId, await checkWebhookChanges(input));
}

/** updateWebhook for changes checked already (the REST route's contract checks them). */
export async function updateWebhookChecked(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
  data: WebhookChanges,
): Promise<Webhook> {
  return asManager(claims, orgId, async (tx) => {
    const current = await findWebhookRow(tx, orgId, webhookId);
    const enabling = data.active === true && !current.active;
    const row = await tx
      .updateTable("webhooks")
      .set({
        ...(data.url !== undefined && { url: data.url }),
        ...(data.events !== undefined && { events: data.events }),
        ...(data.description !== undefined && { description: data.description || null }),
        ...(data.active !== undefined && { active: data.active }),
        ...(data.active === false && { disabled_reason: null }),
        ...(enabling && { disabled_reason: null, consecutive_failures: 0, failing_since: null }),
      })
      .where("id", "=", current.id)
      .where("org_id", "=", orgId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "webhook.updated",
      targetType: "webhook",
      targetId: row.id,
      metadata: { url: row.url, changes: changesOf(current, row) },
    });
    return toWebhook(row);
  });
}

/** Deletes an endpoint and its delivery log; runs already under way stop at their next attempt. */
export async function deleteWebhook(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
): Promise<{ id: string; deleted: true }> {
  return asManager(claims, orgId, async (tx) => {
    const row = await findWebhookRow(tx, orgId, webhookId);
    await tx.deleteFrom("webhooks").where("id", "=", row.id).where("org_id", "=", orgId).execute();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "webhook.deleted",
      targetType: "webhook",
      targetId: row.id,
      metadata: { url: row.url, events: row.events },
    });
    return { id: row.id, deleted: true as const };
  });
}

/** A new secret, returned in full once; the old one keeps signing alongside it for 24 h. */
export async function rotateWebhookSecret(
  claims: JwtClaims,
  orgId: string,
  webhookId: string,
): Promise<WebhookWithSecret> {
  return asManager(claims, orgId, async (tx) => {
    const current = await findWebhookRow(tx, orgId, webhookId);
    const secret = generateSecret();
    const row = await tx
      .updateTable("webhooks")
      .set({
        secret: sealSecret(orgId, secret),
        secret_hint: secretHint(secret),
        // Re-sealed under the current key (it may still be legacy plaintext or an old key's).
        previous_secret: sealSecret(orgId, openSecret(orgId, current.secret)),
        secret_rotated_at: new Date(),
      })
      .where("id", "=", current.id)
      .where("org_id", "=", orgId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      orgId,
      actorId: claims.sub,
      action: "webhook.secret_rotated",
      targetType: "webhook",
      targetId: row.id,
      metadata: { url: row.url, secret_hint: row.secret_hint },
    });
    return { ...toWebhook(row), secret };
  });
}

/** What an update changed, field by field, for the audit entry (never a secret). */
function changesOf(
  before: WebhookRow,
  after: WebhookRow,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ["url", "events", "description", "active"] as const)
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      out[key] = { from: before[key], to: after[key] };
  return out;
}
