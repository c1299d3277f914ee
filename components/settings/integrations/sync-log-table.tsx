import { RefreshCw } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import { CRM_PROVIDER_LABELS, type SyncLogEntry, type SyncOutcome } from "@/lib/crm/schemas";
import { formatWhen } from "../format";

const TONE: Record<SyncOutcome, BadgeTone> = {
  created: "green",
  updated: "brand",
  skipped: "amber",
  failed: "red",
};

/** One row per record a push sent, newest first; the CRM's own message when it failed. */
export function SyncLogTable({
  entries,
  filtered,
  showLead = true,
}: {
  entries: SyncLogEntry[];
  filtered: boolean;
  showLead?: boolean;
}) {
  if (entries.length === 0)
    return (
      <EmptyState icon={RefreshCw} title={filtered ? "No matching records" : "Nothing sent yet"}>
        {filtered
          ? "Nothing matches these filters. Clear them to see the whole log."
          : "Leads sent to a CRM (Leads › select › Send to HubSpot or Salesforce, the API, or completed jobs) appear here, one row per company, contact and association."}
      </EmptyState>
    );
  return (
    <Table caption="CRM sync log, newest first">
      <TableHead>
        <Th>When</Th>
        <Th>Record</Th>
        <Th>Outcome</Th>
        {showLead && <Th>Lead</Th>}
        <Th>CRM id</Th>
        <Th>Message</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {entries.map((e) => (
          <tr key={e.id}>
            <td className="px-3 py-2 whitespace-nowrap">{formatWhen(e.createdAt)}</td>
            <td className="px-3 py-2">
              {CRM_PROVIDER_LABELS[e.provider]} {e.objectType}
            </td>
            <td className="px-3 py-2">
              <Badge tone={TONE[e.outcome]}>{e.outcome}</Badge>
            </td>
            {showLead && (
              <td className="px-3 py-2">
                {e.leadId ? (
                  <Link className="underline" href={`/leads/${e.leadId}`}>
                    Open lead
                  </Link>
                ) : (
                  "—"
                )}
              </td>
            )}
            <td className="px-3 py-2 font-mono text-xs">{e.crmId ?? "—"}</td>
            <td className="px-3 py-2 break-words">{e.message ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
