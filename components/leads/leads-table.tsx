import Link from "next/link";
import type { Lead } from "@/lib/leads/lead-view";
import { Table, TableHead, Th } from "@/components/ui/table";
import { ClickableRow } from "./clickable-row";
import { LeadStatusBadge } from "./lead-badges";
import { dateFormat, leadTitle } from "./lead-row";

/** A compact, read-only list of leads (the job page's "Leads found"); each opens its lead page. */
export function LeadsTable({ leads, caption }: { leads: Lead[]; caption: string }) {
  return (
    <Table caption={caption}>
      <TableHead>
        <Th>Company</Th>
        <Th>Email</Th>
        <Th>Phone</Th>
        <Th>Status</Th>
        <Th align="right">Score</Th>
        <Th>Stage</Th>
        <Th>Created</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {leads.map((lead) => (
          <ClickableRow key={lead.id} href={`/leads/${lead.id}`}>
            <td className="max-w-64 truncate px-3 py-2">
              <Link
                href={`/leads/${lead.id}`}
                className="font-medium text-brand-600 hover:underline"
              >
                {leadTitle(lead)}
              </Link>
              {lead.domain && <span className="ml-2 text-xs text-zinc-500">{lead.domain}</span>}
            </td>
            <td className="max-w-56 truncate px-3 py-2">{lead.email ?? "—"}</td>
            <td className="px-3 py-2 whitespace-nowrap">{lead.phone ?? "—"}</td>
            <td className="px-3 py-2">
              <LeadStatusBadge status={lead.status} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{lead.score ?? "—"}</td>
            <td className="px-3 py-2">{lead.stage}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              {dateFormat.format(new Date(lead.created_at))}
            </td>
          </ClickableRow>
        ))}
      </tbody>
    </Table>
  );
}
