import type { Metadata } from "next";
import Link from "next/link";
import { FieldMappingFormView } from "@/components/settings/integrations/field-mapping-form";
import { HubSpotConnection } from "@/components/settings/integrations/hubspot-connection";
import { SyncLogFilters } from "@/components/settings/integrations/sync-log-filters";
import { SyncLogTable } from "@/components/settings/integrations/sync-log-table";
import { oneParam as one } from "@/components/settings/page-or-first";
import { SettingsCard } from "@/components/settings/settings-card";
import { Alert } from "@/components/ui/alert";
import {
  crmStatus,
  getFieldMapping,
  hubspotConfigured,
  listSyncLog,
  type SyncLogPage,
} from "@/lib/crm";
import { AppError } from "@/lib/errors";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Integrations" };

type Search = Promise<Record<string, string | string[] | undefined>>;

// What the OAuth callback reports back (?connected= / ?crm_error=), in words.
const CRM_ERRORS: Record<string, string> = {
  denied: "HubSpot access was not granted. Nothing was connected.",
  invalid: "HubSpot sent back an incomplete answer. Try connecting again.",
  expired: "That connection request expired or was already used. Start again below.",
  failed: "HubSpot could not be connected. Try again in a moment.",
};

export default async function IntegrationsPage({ searchParams }: { searchParams: Search }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  if (!hubspotConfigured())
    return (
      <SettingsCard id="integrations" title="Integrations">
        <Alert>
          No CRM is configured on this installation. An operator sets HUBSPOT_CLIENT_ID and
          HUBSPOT_CLIENT_SECRET to offer HubSpot here (see the CRM documentation).
        </Alert>
      </SettingsCard>
    );

  const sp = await searchParams;
  const filters = { outcome: one(sp.outcome), object_type: one(sp.object_type) };
  const before = one(sp.before);
  const status = await crmStatus(session.claims, current.id, "hubspot");
  const isAdmin = current.role === "admin";
  const mapping =
    status.connected && isAdmin
      ? await getFieldMapping(session.claims, current.id, "hubspot")
      : null;
  let log: SyncLogPage = { entries: [], nextBefore: null };
  let problem: string | null = null;
  try {
    log = await listSyncLog(session.claims, current.id, { ...filters, before, limit: 50 });
  } catch (err) {
    // A hand-edited filter: say what is wrong instead of an error page.
    if (!(err instanceof AppError) || err.code !== "validation_failed") throw err;
    problem = Object.entries(err.fields ?? {})
      .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
      .join("; ");
  }
  const crmError = one(sp.crm_error);
  const next = log.nextBefore
    ? `/settings/integrations?${new URLSearchParams({
        ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v) as [string, string][]),
        before: String(log.nextBefore),
      }).toString()}`
    : null;

  return (
    <div className="space-y-6">
      {one(sp.connected) === "hubspot" && status.connected && (
        <Alert tone="success">HubSpot is connected.</Alert>
      )}
      {crmError && <Alert tone="error">{CRM_ERRORS[crmError] ?? CRM_ERRORS.failed}</Alert>}
      <SettingsCard
        id="hubspot"
        title="HubSpot"
        description="Companies (matched by domain) and their contacts (matched by email), associated."
      >
        <HubSpotConnection status={status} isAdmin={isAdmin} />
      </SettingsCard>
      {mapping && (
        <SettingsCard
          id="field-mapping"
          title="Field mapping"
          description="The HubSpot property each field is written to (internal names). Leave one empty to stop sending it. Leadscout creates its own leadscout_* properties in HubSpot before a push; any other name must already exist there."
        >
          <FieldMappingFormView mapping={mapping} />
        </SettingsCard>
      )}
      <SettingsCard
        id="sync-log"
        title="Sync log"
        description="Every record sent to HubSpot, newest first: created, updated, skipped (and why) or failed (with HubSpot's message)."
      >
        <div className="space-y-4">
          <SyncLogFilters values={filters} />
          {problem ? (
            <Alert tone="error">These filters are not valid: {problem}</Alert>
          ) : (
            <SyncLogTable
              entries={log.entries}
              filtered={Boolean(filters.outcome || filters.object_type)}
            />
          )}
          {(before || next) && (
            <nav aria-label="Sync log pages" className="flex gap-4 text-sm">
              {before && (
                <Link className="underline" href="/settings/integrations">
                  Newest
                </Link>
              )}
              {next && (
                <Link className="underline" href={next}>
                  Older
                </Link>
              )}
            </nav>
          )}
        </div>
      </SettingsCard>
    </div>
  );
}
