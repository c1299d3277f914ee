import type { Metadata } from "next";
import { CreateWebhookForm } from "@/components/settings/webhooks/create-webhook-form";
import { DisabledBanner } from "@/components/settings/webhooks/disabled-banner";
import { WebhookList } from "@/components/settings/webhooks/webhook-list";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { MAX_WEBHOOKS_PER_ORG, listWebhooks, webhookAlerts } from "@/lib/webhooks";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  if (current.role === "viewer")
    return (
      <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
        You are a viewer of {current.name}. Webhooks are visible to admins and members only; ask one
        of them for access.
      </p>
    );
  const [hooks, alerts] = await Promise.all([
    listWebhooks(session.claims, current.id),
    webhookAlerts(session.claims, current.id),
  ]);

  return (
    <div className="space-y-6">
      <DisabledBanner orgId={current.id} alerts={alerts} />
      <Card aria-labelledby="add-endpoint-heading">
        <CardHeader>
          <h2 id="add-endpoint-heading" className="text-base font-semibold">
            Add an endpoint
          </h2>
          <CardDescription>
            Leadscout POSTs a signed JSON event to each endpoint when a job ends, retrying with
            backoff until it answers 2xx. Up to {MAX_WEBHOOKS_PER_ORG} endpoints.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CreateWebhookForm orgId={current.id} />
        </CardContent>
      </Card>
      <Card aria-labelledby="endpoints-heading">
        <CardHeader>
          <h2 id="endpoints-heading" className="text-base font-semibold">
            Endpoints <span className="font-normal text-zinc-500">({hooks.length})</span>
          </h2>
          <CardDescription>
            Open one to change its events, rotate its secret, send a test event or see its
            deliveries.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <WebhookList hooks={hooks} />
        </CardContent>
      </Card>
    </div>
  );
}
