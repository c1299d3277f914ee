import Link from "next/link";
import { formatDate } from "@/components/jobs/format";
import { JobProgressBar } from "@/components/jobs/job-progress-bar";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import type { Job } from "@/lib/jobs";

export const jobName = (job: Job) =>
  job.source.url ?? job.source.sitemap_url ?? `${job.progress.total_urls} URLs`;

/** The latest few jobs as a list: name, status, progress and when it started. */
export function RecentJobs({ jobs }: { jobs: Job[] }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {jobs.map((job) => (
        <li key={job.id} className="space-y-2 px-4 py-3">
          <div className="flex items-center justify-between gap-3">
            <Link
              href={`/jobs/${job.id}`}
              className="min-w-0 truncate text-sm font-medium text-brand-600 hover:underline"
            >
              {jobName(job)}
            </Link>
            <JobStatusBadge status={job.status} />
          </div>
          <JobProgressBar
            label={`Progress of ${jobName(job)}`}
            processed={job.progress.processed_urls}
            total={job.progress.total_urls}
          />
          <p className="text-xs text-zinc-500">
            {formatDate(job.created_at)} · {job.progress.leads_found} leads
          </p>
        </li>
      ))}
    </ul>
  );
}
