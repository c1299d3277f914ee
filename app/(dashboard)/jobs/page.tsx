import { Briefcase, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";
import { isJobRunning } from "@/components/jobs/format";
import { JobsTable } from "@/components/jobs/jobs-table";
import { RefreshWhileRunning } from "@/components/jobs/refresh-while-running";
import { listJobs } from "@/lib/jobs";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Jobs" };

const NEW_JOB_CLASS =
  "inline-flex h-10 items-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export default async function JobsPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  const canCreate = current.role !== "viewer";
  const page = await listJobs(session.claims, current.id, { limit: 20 });
  const newJob = canCreate ? (
    <Link href="/jobs/new" className={NEW_JOB_CLASS}>
      <Plus aria-hidden className="size-4" />
      New job
    </Link>
  ) : null;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Jobs"
        description="Crawl company websites for contacts and score the leads."
        actions={newJob}
      />
      {page.data.length === 0 ? (
        <EmptyState icon={Briefcase} title="No jobs yet" action={newJob}>
          A job crawls company websites — one URL, a list or a sitemap — for contacts and scores
          each lead.
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
