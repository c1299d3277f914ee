"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { CrmProvider } from "@/lib/crm/schemas";
import { LeadStatusBadge } from "./lead-badges";
import { LeadBulkBar } from "./lead-bulk-bar";
import { useLeadColumns, type LeadColumnId } from "./lead-columns";
import { dateFormat, leadTitle, type LeadRow } from "./lead-row";
import type { LeadParams } from "./lead-search-params";
import { SortLink, sortTarget, type SortColumn } from "./sort-link";
import { useRowKeys } from "./use-row-keys";

function sortDir(params: LeadParams, column: string): "ascending" | "descending" | undefined {
  const sort = params.sort ?? "-created_at";
  if (sort.replace("-", "") !== column) return undefined;
  return sort.startsWith("-") ? "descending" : "ascending";
}

/** A sortable column's header: says its order (aria-sort) and sorts on click, as the bar does. */
function SortableTh({
  column,
  label,
  params,
  align,
}: {
  column: SortColumn;
  label: string;
  params: LeadParams;
  align?: "right";
}) {
  const router = useRouter();
  const { href, Icon } = sortTarget(column, params);
  return (
    <Th
      align={align}
      aria-sort={sortDir(params, column)}
      onClick={() => router.push(href)}
      className={clsx("cursor-pointer px-3 py-2 select-none", align === "right" && "text-right")}
    >
      <span className="inline-flex items-center gap-1">
        {label}
        <Icon aria-hidden className="size-3" />
      </span>
    </Th>
  );
}

/**
 * The leads table built for work: row selection with bulk actions, optional columns, sortable
 * score and created columns, and keyboard navigation. Mounted afresh for each page of results,
 * so a selection never outlives the rows it was made on.
 */
export function LeadsWorkTable({
  leads,
  params,
  orgId,
  canEdit,
  canExport,
  crms = [],
}: {
  leads: LeadRow[];
  params: LeadParams;
  orgId: string;
  canEdit: boolean;
  canExport: boolean;
  /** The CRMs connected: the bulk bar offers "Send to HubSpot" / "Send to Salesforce". */
  crms?: CrmProvider[];
}) {
  const router = useRouter();
  const hidden = useLeadColumns((s) => s.hidden);
  const show = (c: LeadColumnId) => !hidden.includes(c);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const body = useRef<HTMLTableSectionElement>(null);
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const { active, setActive } = useRowKeys({
    count: leads.length,
    body,
    onOpen: (i) => leads[i] && router.push(`/leads/${leads[i].id}`),
    onToggle: (i) => leads[i] && toggle(leads[i].id),
  });
  const all = leads.length > 0 && selected.size === leads.length;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <LeadBulkBar
          selected={[...selected]}
          orgId={orgId}
          canEdit={canEdit}
          canExport={canExport}
          crms={crms}
          onDone={() => setSelected(new Set())}
        />
        <div role="group" aria-label="Sort" className="flex items-center gap-1 text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">Sort by</span>
          <SortLink column="score" label="Score" params={params} />
          <SortLink column="created_at" label="Created" params={params} />
        </div>
      </div>
      <Table caption="Leads matching the filters">
        <TableHead>
          <Th className="w-10 px-3 py-2">
            <input
              type="checkbox"
              aria-label="Select every lead on this page"
              checked={all}
              onChange={() => setSelected(all ? new Set() : new Set(leads.map((l) => l.id)))}
            />
          </Th>
          <Th>Company</Th>
          {show("contact") && <Th>Contact</Th>}
          {show("email") && <Th>Email</Th>}
          {show("phone") && <Th>Phone</Th>}
          {show("status") && <Th>Status</Th>}
          {show("score") && (
            <SortableTh column="score" label="Score" params={params} align="right" />
          )}
          {show("stage") && <Th>Stage</Th>}
          {show("created") && <SortableTh column="created_at" label="Created" params={params} />}
        </TableHead>
        <tbody ref={body} className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {leads.map((lead, i) => {
            const title = leadTitle(lead);
            const isSelected = selected.has(lead.id);
            return (
              <tr
                key={lead.id}
                tabIndex={i === Math.max(active, 0) ? 0 : -1}
                onFocus={() => setActive(i)}
                onClick={(e) => {
                  // Real links, checkboxes and text selection behave as usual.
                  if ((e.target as HTMLElement).closest("a,button,input,select,label")) return;
                  if (window.getSelection()?.toString()) return;
                  router.push(`/leads/${lead.id}`);
                }}
                className={clsx(
                  "cursor-pointer outline-none hover:bg-zinc-50 focus-visible:bg-brand-50 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-inset dark:hover:bg-zinc-900 dark:focus-visible:bg-brand-700/20",
                  isSelected && "bg-brand-50/60 dark:bg-brand-700/10",
                )}
              >
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${title}`}
                    checked={isSelected}
                    onChange={() => toggle(lead.id)}
                  />
                </td>
                <td className="max-w-56 truncate px-3 py-2">
                  <Link
                    href={`/leads/${lead.id}`}
                    className="font-medium text-brand-600 hover:underline"
                  >
                    {title}
                  </Link>
                  {lead.domain && <span className="ml-2 text-xs text-zinc-500">{lead.domain}</span>}
                </td>
                {show("contact") && (
                  <td className="max-w-48 truncate px-3 py-2">
                    {[lead.name, lead.title].filter(Boolean).join(", ") || "—"}
                  </td>
                )}
                {show("email") && (
                  <td className="max-w-48 truncate px-3 py-2">{lead.email ?? "—"}</td>
                )}
                {show("phone") && (
                  <td className="px-3 py-2 whitespace-nowrap">{lead.phone ?? "—"}</td>
                )}
                {show("status") && (
                  <td className="px-3 py-2">
                    <LeadStatusBadge status={lead.status} />
                  </td>
                )}
                {show("score") && (
                  <td className="px-3 py-2 text-right tabular-nums">{lead.score ?? "—"}</td>
                )}
                {show("stage") && <td className="px-3 py-2">{lead.stage}</td>}
                {show("created") && (
                  <td className="px-3 py-2 whitespace-nowrap">
                    {dateFormat.format(new Date(lead.created_at))}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </Table>
      <p className="text-xs text-zinc-500">
        Keys: <Kbd>j</Kbd>/<Kbd>k</Kbd> or <Kbd>↓</Kbd>/<Kbd>↑</Kbd> move between rows,{" "}
        <Kbd>Enter</Kbd> opens the lead, <Kbd>x</Kbd> selects it.
      </p>
    </div>
  );
}

function Kbd({ children }: { children: string }) {
  return (
    <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1 font-mono text-[0.7rem] dark:border-zinc-700 dark:bg-zinc-900">
      {children}
    </kbd>
  );
}
