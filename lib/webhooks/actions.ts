"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import {
  createWebhook,
  deleteWebhook,
  redeliver,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from "@/lib/webhooks";

// Admins and members manage endpoints; viewers are refused here and by lib/webhooks (RLS too).
// The bodies are validated by lib/webhooks with ZCreateWebhookSchema / ZUpdateWebhookSchema plus
// the URL policy (https, public address), so one answer lists every field problem. The schemas
// below only take the ids off; the rest goes to lib untouched.
const MANAGERS = ["admin", "member"] as const;
const ZTarget = z.object({ webhookId: z.string().min(1), orgId: z.string().optional() });

const refresh = (webhookId?: string) => {
  revalidatePath("/settings/webhooks");
  if (webhookId) revalidatePath(`/settings/webhooks/${webhookId}`);
};

export const createWebhookAction = safeAction(
  {
    name: "webhooks.create",
    schema: z.looseObject({ orgId: z.string().optional() }),
    roles: MANAGERS,
  },
  async ({ orgId: _orgId, ...body }, { session, org }) => {
    const hook = await createWebhook(session.claims, org.id, body);
    refresh();
    // The signing secret leaves the server in full this once.
    return { id: hook.id, url: hook.url, secret: hook.secret };
  },
);

export const updateWebhookAction = safeAction(
  { name: "webhooks.update", schema: ZTarget.loose(), roles: MANAGERS },
  async ({ webhookId, orgId: _orgId, ...changes }, { session, org }) => {
    const hook = await updateWebhook(session.claims, org.id, webhookId, changes);
    refresh(hook.id);
    return { id: hook.id, active: hook.active, events: hook.events };
  },
);

export const rotateWebhookSecretAction = safeAction(
  { name: "webhooks.rotate-secret", schema: ZTarget, roles: MANAGERS },
  async ({ webhookId }, { session, org }) => {
    const hook = await rotateWebhookSecret(session.claims, org.id, webhookId);
    refresh(hook.id);
    return { id: hook.id, url: hook.url, secret: hook.secret };
  },
);

export const deleteWebhookAction = safeAction(
  { name: "webhooks.delete", schema: ZTarget, roles: MANAGERS },
  async ({ webhookId }, { session, org }) => {
    const done = await deleteWebhook(session.claims, org.id, webhookId);
    refresh();
    return done;
  },
);

export const sendTestEventAction = safeAction(
  { name: "webhooks.test", schema: ZTarget, roles: MANAGERS },
  async ({ webhookId }, { session, org }) => sendTestEvent(session.claims, org.id, webhookId),
);

export const redeliverAction = safeAction(
  {
    name: "webhooks.redeliver",
    schema: ZTarget.extend({ deliveryId: z.string().min(1) }),
    roles: MANAGERS,
  },
  async ({ webhookId, deliveryId }, { session, org }) =>
    redeliver(session.claims, org.id, webhookId, deliveryId),
);
