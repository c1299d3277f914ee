import { Upload, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";
import { ColumnsMenu } from "@/components/leads/columns-menu";
import { ExportButton } from "@/components/leads/export-button";
import { LeadFiltersForm } from "@/components/leads/lead-filters-form";
import { toLeadRow } from "@/components/leads/lead-row";
import {
  exportQueryOf,
  filterErrorsOf,
  LEAD_FILTER_KEYS,
  leadParamsOf,
  leadsHref,
  listQueryOf,
  type LeadParams,
} from "@/components/leads/lead-search-params";
import { LeadsWorkTable } from "@/components/leads/leads-work-table";
import { Alert } from "@/components/ui/alert";
import type { JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listJobs } from "@/lib/jobs";
import { configuredCrms, crmStatus } from "@/lib/crm";
import { canExportLeads, listLeads, type LeadPage } from "@/lib/leads";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Leads" };

type Search = Record<string, string | string[] | undefined>;
const PAGE_SIZE = 50;

/** The page of leads, or the validation error of a hand-edited or stale URL (shown, not thrown). */
async function loadPage(
  claims: JwtClaims,
  orgId: string,
  params: LeadParams,
): Promise<{ page: LeadPage; error: AppError | null }> {
  try {
    const page = await listLeads(claims, orgId, { ...listQueryOf(params), limit: PAGE_SIZE });
    return { page, error: null };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== "validation_failed") throw err;
    return { page: { data: [], next_cursor: null }, error: err };
  }
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  const params = leadParamsOf(await searchParams);
  // One keyset page of the index the sort uses, and the recent jobs for the job filter: no count
  // over the whole table, so the page costs the same at 100 leads or 100,000.
  const [{ page, error }, jobs, crms] = await Promise.all([
    loadPage(session.claims, current.id, params),
    listJobs(session.claims, current.id, { limit: 50 }),
    Promise.all(configuredCrms().map((p) => crmStatus(session.claims, current.id, p))),
  ]);
  const filtered = LEAD_FILTER_KEYS.some((k) => params[k]);
  const jobOptions = jobs.data.map((j) => ({
    id: j.id,
    name: j.source.url ?? j.source.sitemap_url ?? `${j.progress.total_urls} URLs`,
  }));

  return (
    <div className="space-y-8">
      <PageHeader
        title="Leads"
        description="Companies your jobs found, scored against your ideal customer."
        actions={
          <>
            <ColumnsMenu />
            {current.role !== "viewer" && (
              <Link
                href="/leads/import"
                className="inline-flex h-10 items-center gap-2 rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium text-zinc-900 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
              >
                <Upload aria-hidden className="size-4" />
                Import CSV
              </Link>
            )}
            {canExportLeads(current.role) && <ExportButton query={exportQueryOf(params)} />}
          </>
        }
      />
      {params.job_id && (
        <Alert tone="info">
          Showing leads from one job only.{" "}
          <Link
            href={leadsHref(params, { job_id: undefined, cursor: undefined })}
            className="underline"
          >
            Show leads from every job
          </Link>
        </Alert>
      )}
      <LeadFiltersForm
        params={params}
        errors={filterErrorsOf(error?.fields ?? {})}
        jobs={jobOptions}
      />
      {error ? (
        <Alert tone="error">{error.message}: fix the filters marked above.</Alert>
      ) : page.data.length === 0 ? (
        <EmptyState icon={Users} title={filtered ? "No leads match these filters" : "No leads yet"}>
          {filtered
            ? "Try a wider score range or clear some filters."
            : "Leads appear here as jobs find them, or when you import a CSV file."}
        </EmptyState>
      ) : (
        <section aria-labelledby="leads-table-heading" className="space-y-3">
          <h2 id="leads-table-heading" className="sr-only">
            Leads
          </h2>
          <LeadsWorkTable
            key={`${params.cursor ?? ""}|${exportQueryOf(params)}`}
            leads={page.data.map(toLeadRow)}
            params={params}
            orgId={current.id}
            canEdit={current.role !== "viewer"}
            canExport={canExportLeads(current.role)}
            crms={crms.filter((c) => c.connected).map((c) => c.provider)}
          />
          <nav aria-label="Leads pages" className="flex gap-4 text-sm">
            {params.cursor && (
              <Link
                href={leadsHref(params, { cursor: undefined })}
                className="text-brand-600 hover:underline"
              >
                First page
              </Link>
            )}
            {page.next_cursor && (
              <Link
                href={leadsHref(params, { cursor: page.next_cursor })}
                className="text-brand-600 hover:underline"
              >
                Next page
              </Link>
            )}
          </nav>
        </section>
      )}
    </div>
  );
}
