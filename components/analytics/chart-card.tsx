import { Download, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/dashboard/empty-state";

/**
 * One chart: its title (the section's name), a one-line summary, a CSV download of its numbers,
 * the drawing, or an empty state when the range has nothing to draw. The same numbers are in a
 * table for screen readers (the drawing is hidden from them).
 */
export function ChartCard({
  id,
  level = 2,
  title,
  summary,
  csvHref,
  empty,
  emptyIcon,
  emptyTitle,
  emptyText,
  columns,
  rows,
  children,
}: {
  id: string;
  level?: 2 | 3;
  title: string;
  summary?: ReactNode;
  csvHref?: string;
  empty: boolean;
  emptyIcon: LucideIcon;
  emptyTitle: string;
  emptyText: string;
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="space-y-0.5">
          <Heading id={headingId} className="text-base font-semibold">
            {title}
          </Heading>
          {summary && <p className="text-sm text-zinc-600 dark:text-zinc-400">{summary}</p>}
        </div>
        {csvHref && (
          <a
            href={csvHref}
            download
            className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            <Download aria-hidden className="size-4" />
            CSV<span className="sr-only"> of {title.toLowerCase()}</span>
          </a>
        )}
      </div>
      {empty ? (
        <EmptyState icon={emptyIcon} title={emptyTitle}>
          {emptyText}
        </EmptyState>
      ) : (
        <>
          {children}
          <table className="sr-only">
            <caption>{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {r.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
