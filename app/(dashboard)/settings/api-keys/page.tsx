import type { Metadata } from "next";
import { ApiKeyList, toApiKeyRows } from "@/components/settings/api-keys/api-key-list";
import { CreateApiKeyForm } from "@/components/settings/api-keys/create-api-key-form";
import { Count, RoleNotice, SettingsCard } from "@/components/settings/settings-card";
import { listApiKeys } from "@/lib/api-keys";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  // Keys are integration secrets: the database shows them to admins and members only.
  if (current.role === "viewer")
    return (
      <RoleNotice>
        You are a viewer of {current.name}. API keys are visible to admins and members only; ask one
        of them for access.
      </RoleNotice>
    );
  const keys = await listApiKeys(session.claims, current.id);

  return (
    <div className="space-y-6">
      <SettingsCard
        id="create-key"
        title="Create an API key"
        description={
          <>
            Keys call the REST API at <code className="font-mono">/api/v1</code> as {current.name}.
            The full key is shown once, when it is created.
          </>
        }
      >
        <CreateApiKeyForm orgId={current.id} />
      </SettingsCard>
      <SettingsCard
        id="keys"
        title={
          <>
            Keys <Count n={keys.length} />
          </>
        }
      >
        <ApiKeyList orgId={current.id} canManage keys={toApiKeyRows(keys)} />
      </SettingsCard>
    </div>
  );
}
