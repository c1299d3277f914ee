import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/dashboard/page-header";
import {
  ContactsSection,
  EnrichmentSection,
  PeopleSection,
  ScoreSection,
  Section,
  SocialsSection,
} from "@/components/leads/lead-sections";
import { leadTitle } from "@/components/leads/leads-table";
import { StageSelect } from "@/components/leads/stage-select";
import { AppError } from "@/lib/errors";
import { getLead } from "@/lib/leads";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Lead" };

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  // getLead answers not_found for a malformed id or another organization's lead.
  const lead = await getLead(session.claims, current.id, id).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });

  return (
    <div className="space-y-8">
      <PageHeader
        title={leadTitle(lead)}
        description={[lead.domain, lead.address].filter(Boolean).join(" · ") || undefined}
        actions={
          <Link href="/leads" className="text-sm text-brand-600 hover:underline">
            All leads
          </Link>
        }
      />
      <Section id="stage-heading" title="Pipeline">
        {current.role === "viewer" ? (
          <p>
            Stage: <strong>{lead.stage}</strong>
          </p>
        ) : (
          <StageSelect leadId={lead.id} orgId={current.id} stage={lead.stage} />
        )}
      </Section>
      <div className="grid gap-6 lg:grid-cols-2">
        <ContactsSection lead={lead} />
        <ScoreSection lead={lead} />
        <PeopleSection lead={lead} />
        <SocialsSection lead={lead} />
        <EnrichmentSection lead={lead} />
        {lead.job_id && (
          <Section id="origin-heading" title="Origin">
            <Link href={`/jobs/${lead.job_id}`} className="text-brand-600 hover:underline">
              The job that found this lead
            </Link>
          </Section>
        )}
      </div>
    </div>
  );
}
