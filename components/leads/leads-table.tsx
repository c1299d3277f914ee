import Link from "next/link";
import type { ReactNode } from "react";
import type { Lead } from "@/lib/leads/lead-view";
import { ClickableRow } from "./clickable-row";
import { LeadStatusBadge } from "./lead-badges";
import { Table, TableHead, Th } from "@/components/ui/table";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function leadTitle(lead: Pick<Lead, "company" | "name" | "domain">): string {
  return lead.company ?? lead.name ?? lead.domain ?? "Unnamed lead";
}

/**
 * Leads as a table; each lead's name links to its page. The score and created headers take
 * whatever the caller passes (the leads page passes sort links; other pages plain text).
 */
export function LeadsTable({
  leads,
  caption,
  scoreHeader = "Score",
  createdHeader = "Created",
  ariaSort,
}: {
  leads: Lead[];
  caption: string;
  scoreHeader?: ReactNode;
  createdHeader?: ReactNode;
  ariaSort?: { score?: "ascending" | "descending"; created?: "ascending" | "descending" };
}) {
  return (
    <Table caption={caption}>
      <TableHead>
        <Th>Company</Th>
        <Th>Email</Th>
        <Th>Phone</Th>
        <Th>Status</Th>
        <Th align="right" aria-sort={ariaSort?.score}>
          {scoreHeader}
        </Th>
        <Th>Stage</Th>
        <Th aria-sort={ariaSort?.created}>{createdHeader}</Th>
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
