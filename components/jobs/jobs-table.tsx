"use client";

import Link from "next/link";
import { useState } from "react";
import { listJobsAction } from "@/lib/jobs/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Job } from "@/lib/jobs/view";
import { formatDate, numberFormat } from "./format";
import { JobProgressBar } from "./job-progress-bar";
import { JobStatusBadge } from "./job-status-badge";
import { Table, TableHead, Th } from "@/components/ui/table";

function jobName(job: Job): string {
  return job.source.url ?? job.source.sitemap_url ?? `${job.progress.total_urls} URLs`;
}

/** The first page comes from the server render; "Load more" appends the next keyset page. */
export function JobsTable({
  initial,
  initialCursor,
}: {
  initial: Job[];
  initialCursor: string | null;
}) {
  // The first page is fresh on every server render (refreshed while jobs run); later pages are
  // appended below it, skipping any job the fresh first page already shows.
  const [more, setMore] = useState<Job[]>([]);
  const shown = new Set(initial.map((j) => j.id));
  const jobs = [...initial, ...more.filter((j) => !shown.has(j.id))];
  const [cursor, setCursor] = useState(initialCursor);
  const { pending, error, submit } = useActionSubmit({
    action: (from: string) => listJobsAction({ cursor: from }),
    onSuccess: (page) => {
      setMore((prev) => [...prev, ...page.data]);
      setCursor(page.next_cursor);
    },
  });

  const loadMore = () => {
    if (cursor) submit(cursor);
  };

  return (
    <div className="space-y-4">
      <Table caption="Scraping jobs, newest first">
        <TableHead>
          <Th>Job</Th>
          <Th>Status</Th>
          <Th>Progress</Th>
          <Th align="right">Leads found</Th>
          <Th align="right">Credits used</Th>
          <Th>Created</Th>
        </TableHead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {jobs.map((job) => (
            <tr key={job.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-900">
              <td className="max-w-64 truncate px-3 py-2">
                <Link
                  href={`/jobs/${job.id}`}
                  className="font-medium text-brand-600 hover:underline"
                >
                  {jobName(job)}
                </Link>
                <span className="ml-2 text-xs text-zinc-500">{job.type}</span>
              </td>
              <td className="px-3 py-2">
                <JobStatusBadge status={job.status} />
              </td>
              <td className="px-3 py-2">
                <JobProgressBar
                  label={`Progress of ${jobName(job)}`}
                  processed={job.progress.processed_urls}
                  total={job.progress.total_urls}
                />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                {numberFormat.format(job.progress.leads_found)}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                {numberFormat.format(job.credits.used)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(job.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {error && <Alert tone="error">Could not load more jobs: {error}</Alert>}
      {cursor && (
        <Button variant="secondary" onClick={loadMore} pending={pending}>
          Load more jobs
        </Button>
      )}
    </div>
  );
}
