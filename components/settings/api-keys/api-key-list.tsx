import { KeyRound } from "lucide-react";
import { EmptyState } from "@/components/dashboard/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { ApiKeySummary } from "@/lib/api-keys";
import type { ApiScope } from "@/lib/api-keys/schemas";
import { iso } from "@/lib/serialize";
import { formatWhen } from "../format";
import { RevokeApiKeyButton } from "./revoke-api-key-button";
import { SCOPE_INFO } from "./scopes";

export interface ApiKeyRow {
  id: string;
  name: string;
  keyHint: string;
  scopes: ApiScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  /** Decided on the server, so server and client render the same status. */
  expired: boolean;
}

/** Keys as the list shows them: plain data for the client, the expiry judged now. */
export function toApiKeyRows(keys: ApiKeySummary[], now = Date.now()): ApiKeyRow[] {
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    keyHint: k.keyHint,
    scopes: k.scopes,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: iso(k.lastUsedAt),
    expiresAt: iso(k.expiresAt),
    revokedAt: iso(k.revokedAt),
    expired: k.expiresAt !== null && k.expiresAt.getTime() <= now,
  }));
}

function statusOf(k: ApiKeyRow) {
  if (k.revokedAt) return { label: "Revoked", tone: "red" } as const;
  if (k.expired) return { label: "Expired", tone: "amber" } as const;
  return { label: "Active", tone: "green" } as const;
}

export function ApiKeyList({
  orgId,
  keys,
  canManage,
}: {
  orgId: string;
  keys: ApiKeyRow[];
  canManage: boolean;
}) {
  if (keys.length === 0)
    return (
      <EmptyState icon={KeyRound} title="No API keys yet">
        Create a key to call the REST API from your own code or tools.
      </EmptyState>
    );
  return (
    <Table caption="API keys">
      <TableHead>
        <Th>Name</Th>
        <Th>Key</Th>
        <Th>Scopes</Th>
        <Th>Created</Th>
        <Th>Last used</Th>
        <Th>Expires</Th>
        <Th>Status</Th>
        {canManage && (
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {keys.map((k) => {
          const status = statusOf(k);
          return (
            <tr key={k.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                {k.name}
              </th>
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{k.keyHint}</td>
              <td className="px-3 py-2">
                <span className="flex flex-wrap gap-1">
                  {k.scopes.map((s) => (
                    <Badge key={s}>{SCOPE_INFO[s].label}</Badge>
                  ))}
                </span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatWhen(k.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatWhen(k.lastUsedAt, "Never")}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatWhen(k.expiresAt, "Never")}</td>
              <td className="px-3 py-2">
                <Badge tone={status.tone}>{status.label}</Badge>
              </td>
              {canManage && (
                <td className="px-3 py-2 text-right">
                  {status.label !== "Revoked" && (
                    <RevokeApiKeyButton orgId={orgId} keyId={k.id} name={k.name} hint={k.keyHint} />
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
