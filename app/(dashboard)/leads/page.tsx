import { Users } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";

export const metadata: Metadata = { title: "Leads" };

// Placeholder until the leads table lands: says plainly what is not there yet.
export default function LeadsPage() {
  return (
    <div className="space-y-8">
      <PageHeader title="Leads" description="Every contact your jobs found, scored and enriched." />
      <EmptyState icon={Users} title="The leads table is coming soon">
        Browsing, filtering and exporting leads from the dashboard is not available yet.
      </EmptyState>
    </div>
  );
}
