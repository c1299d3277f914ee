"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CheckCircle2, Clock, Coins, Users, XCircle } from "lucide-react";
import { StatCard } from "@/components/dashboard/stat-card";
import { Alert } from "@/components/ui/alert";
import { Select } from "@/components/ui/select";
import type { Page } from "@/lib/jobs/list-jobs";
import type { JobUrl } from "@/lib/jobs/list-job-urls";
import type { Job } from "@/lib/jobs/view";
import { CancelJobButton } from "./cancel-job-button";
import { JOB_URL_STATUSES } from "@/lib/jobs/job-values";
import { formatEta, isJobRunning, numberFormat } from "./format";
import { JobProgressBar } from "./job-progress-bar";
import { JobStatusBadge } from "./job-status-badge";
import { JobUrlsTable } from "./job-urls-table";

export interface JobSnapshot {
  job: Job;
  urls: Page<JobUrl>;
}

async function fetchJob(id: string, urlStatus: string): Promise<JobSnapshot> {
  const qs = urlStatus ? `?url_status=${encodeURIComponent(urlStatus)}` : "";
  const res = await fetch(`/api/dashboard/jobs/${id}${qs}`, { cache: "no-store" });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `The server answered ${res.status}`);
  return body as JobSnapshot;
}

/** The job's figures and URLs, polled every 2 s while it runs and left alone once it ends. */
export function JobLive({
  initial,
  orgId,
  canCancel,
}: {
  initial: JobSnapshot;
  orgId: string;
  canCancel: boolean;
}) {
  // "" shows every URL; a status narrows the table to, say, the failed ones of a large job.
  const [urlStatus, setUrlStatus] = useState("");
  const query = useQuery({
    queryKey: ["job", initial.job.id, urlStatus],
    queryFn: () => fetchJob(initial.job.id, urlStatus),
    initialData: urlStatus === "" ? initial : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data && isJobRunning(q.state.data.job.status) ? 2000 : false),
  });
  const { job, urls } = query.data ?? initial;
  const p = job.progress;
  const running = isJobRunning(job.status);
  // Re-render the server parts of the page (the leads it found) when new leads arrive and once
  // when the job ends; polling itself only touches this component.
  const router = useRouter();
  const seen = useRef({ running, leads: p.leads_found });
  useEffect(() => {
    const before = seen.current;
    if ((before.running && !running) || before.leads !== p.leads_found) router.refresh();
    seen.current = { running, leads: p.leads_found };
  }, [running, p.leads_found, router]);

  return (
    <div className="space-y-6">
      <section aria-labelledby="progress-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="progress-heading" className="flex items-center gap-2 text-base font-semibold">
            Progress <JobStatusBadge status={job.status} />
          </h2>
          {canCancel && running && (
            <CancelJobButton jobId={job.id} orgId={orgId} onDone={() => query.refetch()} />
          )}
        </div>
        <JobProgressBar label="Job progress" processed={p.processed_urls} total={p.total_urls} />
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {running
            ? `${p.percent}% done · ${numberFormat.format(p.processing_urls)} in progress · about ${formatEta(p.eta_seconds)} left`
            : `${p.percent}% done`}
        </p>
        {job.error && <Alert tone="error">{job.error}</Alert>}
        {query.isError && (
          <Alert tone="error">Live updates paused: {query.error.message}. Retrying…</Alert>
        )}
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <StatCard
            label="Succeeded"
            value={numberFormat.format(p.successful_urls)}
            icon={CheckCircle2}
          />
          <StatCard label="Failed" value={numberFormat.format(p.failed_urls)} icon={XCircle} />
          <StatCard label="Leads found" value={numberFormat.format(p.leads_found)} icon={Users} />
          <StatCard
            label="Credits used"
            value={numberFormat.format(job.credits.used)}
            hint={running ? `${numberFormat.format(job.credits.reserved)} held` : undefined}
            icon={Coins}
          />
          <StatCard label="ETA" value={running ? formatEta(p.eta_seconds) : "—"} icon={Clock} />
        </dl>
      </section>
      <section aria-labelledby="urls-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="urls-heading" className="text-base font-semibold">
            URLs
          </h2>
          <Select
            aria-label="Show URLs by status"
            value={urlStatus}
            onChange={(e) => setUrlStatus(e.target.value)}
            wrapperClassName="w-44"
          >
            <option value="">Every status</option>
            {JOB_URL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace("_", " ")}
              </option>
            ))}
          </Select>
        </div>
        <JobUrlsTable
          urls={urls.data}
          more={urls.next_cursor !== null}
          emptyText={urlStatus ? "No URLs with this status." : undefined}
        />
      </section>
    </div>
  );
}
