import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/dashboard/page-header";
import { formatDate } from "@/components/jobs/format";
import { JobLive } from "@/components/jobs/job-live";
import { QueryProvider } from "@/components/jobs/query-provider";
import { LeadsTable } from "@/components/leads/leads-table";
import { AppError } from "@/lib/errors";
import { getJob, listJobUrls } from "@/lib/jobs";
import { listLeads } from "@/lib/leads";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Job" };

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  // Another organization's job (or none) is simply not found: RLS and the org filter see to it.
  const loaded = await Promise.all([
    getJob(session.claims, current.id, id),
    listJobUrls(session.claims, current.id, id, { limit: 100 }),
    listLeads(session.claims, current.id, { job_id: id, limit: 20 }),
  ]).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const [job, urls, leads] = loaded;
  const title = job.source.url ?? job.source.sitemap_url ?? `${job.progress.total_urls} URLs`;

  return (
    <div className="space-y-8">
      <PageHeader
        title={title}
        description={`${job.type} job · created ${formatDate(job.created_at)}`}
        actions={
          <Link href="/jobs" className="text-sm text-brand-600 hover:underline">
            All jobs
          </Link>
        }
      />
      <QueryProvider>
        <JobLive initial={{ job, urls }} orgId={current.id} canCancel={current.role !== "viewer"} />
      </QueryProvider>
      <section aria-labelledby="job-leads-heading" className="space-y-3">
        <div className="flex items-center justify-between">
          <h2 id="job-leads-heading" className="text-base font-semibold">
            Leads found
          </h2>
          <div className="flex gap-4">
            <Link
              href={`/contacts?job_id=${job.id}`}
              className="text-sm text-brand-600 hover:underline"
            >
              People this job found
            </Link>
            <Link
              href={`/leads?job_id=${job.id}`}
              className="text-sm text-brand-600 hover:underline"
            >
              All leads from this job
            </Link>
          </div>
        </div>
        {leads.data.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No leads yet. They appear here as sites are crawled.
          </p>
        ) : (
          <LeadsTable leads={leads.data} caption="Leads found by this job" />
        )}
      </section>
    </div>
  );
}
