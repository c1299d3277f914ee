import { Briefcase } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { JOB_STATUS_TONE, numberFormat } from "@/components/jobs/format";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { Job } from "@/lib/jobs";
import { formatWhen } from "../format";

function jobLabel(job: Job): string {
  if (job.source.sitemap_url) return job.source.sitemap_url;
  if (job.source.url) return job.source.url;
  const n = job.progress.total_urls;
  return `${numberFormat.format(n)} URL${n === 1 ? "" : "s"}`;
}

/** What each job held, spent and gave back; still held = reserved − used − released. */
export function JobCostsTable({ jobs }: { jobs: Job[] }) {
  if (jobs.length === 0)
    return (
      <EmptyState icon={Briefcase} title="No jobs yet">
        Each job holds credits for its worst case when it starts and gives back what it did not use.
      </EmptyState>
    );
  return (
    <Table caption="Credits per job, newest first">
      <TableHead>
        <Th>Job</Th>
        <Th>Status</Th>
        <Th>Created</Th>
        <Th align="right">Held</Th>
        <Th align="right">Used</Th>
        <Th align="right">Given back</Th>
        <Th align="right">Still held</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {jobs.map((j) => (
          <tr key={j.id}>
            <td className="max-w-xs truncate px-3 py-2">
              <Link href={`/jobs/${j.id}`} className="text-brand-600 hover:underline">
                {jobLabel(j)}
              </Link>
            </td>
            <td className="px-3 py-2">
              <Badge tone={JOB_STATUS_TONE[j.status] ?? "neutral"}>{j.status}</Badge>
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{formatWhen(j.created_at)}</td>
            <td className="px-3 py-2 text-right tabular-nums">
              {numberFormat.format(j.credits.reserved)}
            </td>
            <td className="px-3 py-2 text-right font-medium tabular-nums">
              {numberFormat.format(j.credits.used)}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">
              {numberFormat.format(j.credits.released)}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">
              {numberFormat.format(j.credits.reserved - j.credits.used - j.credits.released)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
