import { ScrollText } from "lucide-react";
import { EmptyState } from "@/components/dashboard/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { AuditEntry } from "@/lib/audit/schemas";
import { formatWhen } from "../format";
import { actionLabel, detailsOf } from "./labels";

export function AuditTable({ entries, filtered }: { entries: AuditEntry[]; filtered: boolean }) {
  if (entries.length === 0)
    return (
      <EmptyState icon={ScrollText} title={filtered ? "No matching entries" : "No entries yet"}>
        {filtered
          ? "Nothing matches these filters. Clear them to see the whole log."
          : "Changes to API keys, webhooks, leads, scoring rules, roles and the organization appear here as they happen."}
      </EmptyState>
    );
  return (
    <Table caption="Audit log, newest first">
      <TableHead>
        <Th>When</Th>
        <Th>Who</Th>
        <Th>What</Th>
        <Th>Details</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {entries.map((e) => (
          <tr key={e.id}>
            <td className="px-3 py-2 whitespace-nowrap">{formatWhen(e.created_at)}</td>
            <td className="px-3 py-2 break-all">
              {e.actor ? (e.actor.email ?? "A former member") : "Leadscout"}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              <Badge tone="neutral">{actionLabel(e.action)}</Badge>
            </td>
            <td className="max-w-md px-3 py-2 break-words text-zinc-600 dark:text-zinc-400">
              {detailsOf(e.metadata)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
