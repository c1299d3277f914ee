import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/dashboard/page-header";
import { PipelineSection } from "@/components/leads/pipeline-section";
import {
  ContactsSection,
  HistorySection,
  PeopleSection,
  Section,
  SocialsSection,
} from "@/components/leads/lead-sections";
import { EnrichmentSection, ScoreSection } from "@/components/leads/lead-readable-sections";
import { leadTitle } from "@/components/leads/lead-row";
import { LeadContactsSection } from "@/components/contacts/lead-contacts-section";
import { SyncLogTable } from "@/components/settings/integrations/sync-log-table";
import { listLeadContacts } from "@/lib/contacts";
import { configuredCrms, listSyncLog } from "@/lib/crm";
import { AppError } from "@/lib/errors";
import { getLead, getLeadHistory, listLeadNotes } from "@/lib/leads";
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
  const [contacts, history, notes, sync] = await Promise.all([
    listLeadContacts(session.claims, current.id, lead.id),
    getLeadHistory(session.claims, current.id, lead.id),
    listLeadNotes(session.claims, current.id, lead.id),
    // The last records sent to a CRM for this lead (company, contacts, associations).
    configuredCrms().length
      ? listSyncLog(session.claims, current.id, { lead_id: lead.id, limit: 10 })
      : null,
  ]);

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
      {/* Viewers read the stage, history and notes; the actions refuse them anyway. */}
      <PipelineSection
        leadId={lead.id}
        orgId={current.id}
        stage={lead.stage}
        canWrite={current.role !== "viewer"}
        history={history}
        notes={notes}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <ContactsSection lead={lead} />
        <ScoreSection lead={lead} />
        {/* Leads found before contacts were kept show the people their scrape recorded. */}
        {contacts.length > 0 ? (
          <LeadContactsSection leadId={lead.id} contacts={contacts} />
        ) : (
          <PeopleSection lead={lead} />
        )}
        <SocialsSection lead={lead} />
        <EnrichmentSection lead={lead} />
        <HistorySection lead={lead} />
      </div>
      {sync && (
        <Section id="crm-sync-heading" title="Sent to your CRM">
          <SyncLogTable entries={sync.entries} filtered={false} showLead={false} />
        </Section>
      )}
    </div>
  );
}
