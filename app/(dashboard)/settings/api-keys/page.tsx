import type { Metadata } from "next";
import { ApiKeyList, toApiKeyRows } from "@/components/settings/api-keys/api-key-list";
import { CreateApiKeyForm } from "@/components/settings/api-keys/create-api-key-form";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api-keys";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  // Keys are integration secrets: the database shows them to admins and members only.
  const canManage = current.role !== "viewer";
  const keys = canManage ? await listApiKeys(session.claims, current.id) : [];

  return (
    <div className="space-y-6">
      {canManage ? (
        <Card aria-labelledby="create-key-heading">
          <CardHeader>
            <h2 id="create-key-heading" className="text-base font-semibold">
              Create an API key
            </h2>
            <CardDescription>
              Keys call the REST API at <code className="font-mono">/api/v1</code> as {current.name}
              . The full key is shown once, when it is created.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CreateApiKeyForm orgId={current.id} />
          </CardContent>
        </Card>
      ) : (
        <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          You are a viewer of {current.name}. API keys are visible to admins and members only; ask
          one of them for access.
        </p>
      )}

      {canManage && (
        <Card aria-labelledby="keys-heading">
          <CardHeader>
            <h2 id="keys-heading" className="text-base font-semibold">
              Keys <span className="font-normal text-zinc-500">({keys.length})</span>
            </h2>
          </CardHeader>
          <CardContent>
            <ApiKeyList orgId={current.id} canManage={canManage} keys={toApiKeyRows(keys)} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
