import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { oneParam, pageOrFirst } from "@/components/settings/page-or-first";
import { Paged } from "@/components/settings/pager";
import { SettingsCard } from "@/components/settings/settings-card";
import { DeleteWebhookButton } from "@/components/settings/webhooks/delete-webhook-button";
import { DeliveryLog } from "@/components/settings/webhooks/delivery-log";
import { DisabledBanner } from "@/components/settings/webhooks/disabled-banner";
import { EditWebhookForm } from "@/components/settings/webhooks/edit-webhook-form";
import { RotateSecretButton } from "@/components/settings/webhooks/rotate-secret-button";
import { SendTestButton } from "@/components/settings/webhooks/send-test-button";
import { SetActiveButton } from "@/components/settings/webhooks/set-active-button";
import { WebhookStatus } from "@/components/settings/webhooks/webhook-status";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { getWebhook, listDeliveries, type Webhook } from "@/lib/webhooks";
import { loadDashboardContext } from "../../../request-context";

export const metadata: Metadata = { title: "Webhook endpoint" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Another organization's endpoint, a deleted one, or a viewer asking: all look absent. */
async function load(loader: () => Promise<Webhook>) {
  try {
    return await loader();
  } catch (err) {
    if (err instanceof AppError && (err.code === "not_found" || err.code === "forbidden"))
      notFound();
    throw err;
  }
}

export default async function WebhookPage({ params, searchParams }: Props) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  const { id } = await params;
  const hook = await load(() => getWebhook(session.claims, current.id, id));
  const cursor = oneParam((await searchParams).cursor);
  const log = await pageOrFirst(cursor, (c) =>
    listDeliveries(session.claims, current.id, hook.id, { cursor: c, limit: 20 }),
  );

  return (
    <div className="space-y-6">
      <Link
        href="/settings/webhooks"
        className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All endpoints
      </Link>
      {hook.disabled_reason && (
        <DisabledBanner
          orgId={current.id}
          alerts={[{ id: hook.id, url: hook.url, disabled_reason: hook.disabled_reason }]}
        />
      )}

      <Card aria-labelledby="endpoint-heading">
        <CardHeader>
          <h2
            id="endpoint-heading"
            className="flex flex-wrap items-center gap-2 text-base font-semibold"
          >
            <span className="font-mono text-sm break-all">{hook.url}</span>
            <WebhookStatus hook={hook} />
          </h2>
          <CardDescription>
            Secret <span className="font-mono">{hook.secret_hint}</span>
            {hook.consecutive_failures > 0 &&
              ` · ${hook.consecutive_failures} failed deliveries in a row`}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <div className="flex flex-wrap items-center gap-2">
            <SendTestButton orgId={current.id} webhookId={hook.id} disabled={!hook.active} />
            <RotateSecretButton orgId={current.id} webhookId={hook.id} url={hook.url} />
            {hook.active ? (
              <SetActiveButton
                orgId={current.id}
                webhookId={hook.id}
                active={false}
                label="Pause"
              />
            ) : (
              <SetActiveButton orgId={current.id} webhookId={hook.id} active label="Re-enable" />
            )}
          </div>
          {!hook.active && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Paused and disabled endpoints receive nothing, test events and redeliveries included.
            </p>
          )}
          <EditWebhookForm
            orgId={current.id}
            webhookId={hook.id}
            initial={{ url: hook.url, description: hook.description ?? "", events: hook.events }}
          />
        </CardContent>
      </Card>

      <SettingsCard
        id="deliveries"
        title="Deliveries"
        description="One row per attempt. A redelivery sends the same body with the same webhook-id."
      >
        <Paged
          stale={log.stale}
          staleText="That page is no longer available; showing the newest."
          label="Delivery pages"
          param="cursor"
          next={log.page.next_cursor}
          current={log.cursor}
          params={{}}
        >
          <DeliveryLog
            orgId={current.id}
            webhookId={hook.id}
            deliveries={log.page.data}
            canRedeliver={hook.active}
          />
        </Paged>
      </SettingsCard>

      <SettingsCard
        id="danger"
        title="Delete endpoint"
        description="Stops all deliveries and deletes the log."
        className="border-red-200 dark:border-red-900/60"
      >
        <DeleteWebhookButton orgId={current.id} webhookId={hook.id} />
      </SettingsCard>
    </div>
  );
}
