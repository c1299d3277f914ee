import { Briefcase } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";
import { isJobRunning } from "@/components/jobs/format";
import { JobsTable } from "@/components/jobs/jobs-table";
import { NewJobDialog } from "@/components/jobs/new-job-dialog";
import { RefreshWhileRunning } from "@/components/jobs/refresh-while-running";
import { billingSummary } from "@/lib/billing";
import { listJobs, newJobPricing } from "@/lib/jobs";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Jobs" };

export default async function JobsPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  // Viewers get no New job button; the action refuses them too.
  const canCreate = current.role !== "viewer";
  const [page, billing, pricing] = await Promise.all([
    listJobs(session.claims, current.id, { limit: 20 }),
    billingSummary(session.claims, current.id),
    canCreate ? newJobPricing(session.claims, current.id) : undefined,
  ]);

  return (
    <div className="space-y-8">
      <PageHeader
        title="Jobs"
        description="Crawl company websites for contacts and score the leads."
        actions={
          canCreate &&
          pricing && (
            <NewJobDialog
              orgId={current.id}
              pricing={pricing}
              maxUrls={billing.limits.urls_per_job}
            />
          )
        }
      />
      {page.data.length === 0 ? (
        <EmptyState icon={Briefcase} title="No jobs yet">
          A job crawls company websites — one URL, a list, a CSV file or a sitemap — for contacts
          and scores each lead.
          {canCreate && " Start one with New job."}
        </EmptyState>
      ) : (
        <>
          <RefreshWhileRunning running={page.data.some((j) => isJobRunning(j.status))} />
          <JobsTable initial={page.data} initialCursor={page.next_cursor} />
        </>
      )}
    </div>
  );
}
