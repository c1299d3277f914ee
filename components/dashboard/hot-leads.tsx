import Link from "next/link";
import { leadTitle } from "@/components/leads/lead-row";
import type { Lead } from "@/lib/leads";

/** The highest-scoring hot leads, each linking to its page. */
export function HotLeads({ leads }: { leads: Lead[] }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {leads.map((lead) => (
        <li key={lead.id} className="flex items-center justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <Link
              href={`/leads/${lead.id}`}
              className="block truncate text-sm font-medium text-brand-600 hover:underline"
            >
              {leadTitle(lead)}
            </Link>
            <p className="truncate text-xs text-zinc-500">
              {[lead.email, lead.domain].filter(Boolean).join(" · ") || "No contact yet"}
            </p>
          </div>
          <span className="text-lg font-semibold tabular-nums" aria-label={`Score ${lead.score}`}>
            {lead.score}
          </span>
        </li>
      ))}
    </ul>
  );
}
