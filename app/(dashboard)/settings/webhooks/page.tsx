import type { Metadata } from "next";
import { Count, RoleNotice, SettingsCard } from "@/components/settings/settings-card";
import { CreateWebhookForm } from "@/components/settings/webhooks/create-webhook-form";
import { DisabledBanner } from "@/components/settings/webhooks/disabled-banner";
import { WebhookList } from "@/components/settings/webhooks/webhook-list";
import { MAX_WEBHOOKS_PER_ORG, listWebhooks, webhookAlerts } from "@/lib/webhooks";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  if (current.role === "viewer")
    return (
      <RoleNotice>
        You are a viewer of {current.name}. Webhooks are visible to admins and members only; ask one
        of them for access.
      </RoleNotice>
    );
  const [hooks, alerts] = await Promise.all([
    listWebhooks(session.claims, current.id),
    webhookAlerts(session.claims, current.id),
  ]);

  return (
    <div className="space-y-6">
      <DisabledBanner orgId={current.id} alerts={alerts} />
      <SettingsCard
        id="add-endpoint"
        title="Add an endpoint"
        description={`Leadscout POSTs a signed JSON event to each endpoint when a job ends, retrying with backoff until it answers 2xx. Up to ${MAX_WEBHOOKS_PER_ORG} endpoints.`}
      >
        <CreateWebhookForm orgId={current.id} />
      </SettingsCard>
      <SettingsCard
        id="endpoints"
        title={
          <>
            Endpoints <Count n={hooks.length} />
          </>
        }
        description="Open one to change its events, rotate its secret, send a test event or see its deliveries."
      >
        <WebhookList hooks={hooks} />
      </SettingsCard>
    </div>
  );
}
