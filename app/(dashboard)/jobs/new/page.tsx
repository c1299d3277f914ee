import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/dashboard/page-header";
import { NewJobForm } from "@/components/jobs/new-job-form";
import { billingSummary } from "@/lib/billing";
import { newJobPricing } from "@/lib/jobs";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "New job" };

export default async function NewJobPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  // Viewers never see the form; the action refuses them too.
  if (current.role === "viewer") notFound();
  const [{ limits }, pricing] = await Promise.all([
    billingSummary(session.claims, current.id),
    newJobPricing(session.claims, current.id),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="New job"
        description="Pick the websites to crawl and how to process them."
      />
      <NewJobForm orgId={current.id} pricing={pricing} maxUrls={limits.urls_per_job} />
    </div>
  );
}
