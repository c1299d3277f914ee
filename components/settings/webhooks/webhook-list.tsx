import { Webhook as WebhookIcon } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { Webhook } from "@/lib/webhooks";
import { formatWhen } from "../format";
import { WebhookStatus } from "./webhook-status";

export function WebhookList({ hooks }: { hooks: Webhook[] }) {
  if (hooks.length === 0)
    return (
      <EmptyState icon={WebhookIcon} title="No endpoints yet">
        Add an endpoint to be told when a job completes, fails or is cancelled.
      </EmptyState>
    );
  return (
    <Table caption="Webhook endpoints">
      <TableHead>
        <Th>Endpoint</Th>
        <Th>Events</Th>
        <Th>Status</Th>
        <Th>Secret</Th>
        <Th>Created</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {hooks.map((h) => (
          <tr key={h.id}>
            <th scope="row" className="max-w-xs px-3 py-2 text-left font-normal">
              <Link
                href={`/settings/webhooks/${h.id}`}
                className="font-mono text-xs break-all text-brand-600 hover:underline"
              >
                {h.url}
              </Link>
              {h.description && (
                <span className="block text-xs text-zinc-500">{h.description}</span>
              )}
            </th>
            <td className="px-3 py-2">
              <span className="flex flex-wrap gap-1">
                {h.events.map((e) => (
                  <Badge key={e}>{e}</Badge>
                ))}
              </span>
            </td>
            <td className="px-3 py-2">
              <WebhookStatus hook={h} />
            </td>
            <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{h.secret_hint}</td>
            <td className="px-3 py-2 whitespace-nowrap">{formatWhen(h.created_at)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
