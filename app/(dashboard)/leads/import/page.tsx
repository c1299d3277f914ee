import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/dashboard/page-header";
import { LeadImport } from "@/components/leads/import/lead-import";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Import leads" };

export default async function ImportLeadsPage() {
  const { current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  // Viewers never see the screen; the import refuses them too.
  if (current.role === "viewer") notFound();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Import leads"
        description={
          <>
            Bring a list you already have. Nothing is imported unless every row is valid; companies
            you already have (same domain) are skipped. Importing costs no credits.{" "}
            <Link href="/leads" className="underline">
              Back to leads
            </Link>
          </>
        }
      />
      <LeadImport />
    </div>
  );
}
