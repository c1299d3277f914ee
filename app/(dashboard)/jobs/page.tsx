import { Briefcase } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";

export const metadata: Metadata = { title: "Jobs" };

// Placeholder until the jobs pipeline lands: says plainly what is not there yet.
export default function JobsPage() {
  return (
    <div className="space-y-8">
      <PageHeader
        title="Jobs"
        description="Crawl company websites for contacts and score the leads."
      />
      <EmptyState icon={Briefcase} title="Jobs are coming soon">
        Creating and watching scraping jobs from the dashboard is not available yet.
      </EmptyState>
    </div>
  );
}
