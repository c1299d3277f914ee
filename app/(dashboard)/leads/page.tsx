import { Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";
import { LeadFiltersForm } from "@/components/leads/lead-filters-form";
import { leadParamsOf, leadsHref } from "@/components/leads/lead-search-params";
import { LeadsTable } from "@/components/leads/leads-table";
import { SortLink } from "@/components/leads/sort-link";
import { Alert } from "@/components/ui/alert";
import { AppError } from "@/lib/errors";
import { listLeads, type LeadPage } from "@/lib/leads";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Leads" };

type Search = Record<string, string | string[] | undefined>;

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  const params = leadParamsOf(await searchParams);
  let page: LeadPage = { data: [], next_cursor: null };
  let invalid: AppError | null = null;
  try {
    page = await listLeads(session.claims, current.id, { ...params, limit: 50 });
  } catch (err) {
    // A hand-edited or stale URL: say which filter is wrong instead of failing the page.
    if (!(err instanceof AppError) || err.code !== "validation_failed") throw err;
    invalid = err;
  }
  const sort = params.sort ?? "-created_at";
  const dir = (col: string) =>
    sort.replace("-", "") === col ? (sort.startsWith("-") ? "descending" : "ascending") : undefined;
  const filtered = Object.keys(params).some((k) => k !== "sort" && k !== "cursor");

  return (
    <div className="space-y-8">
      <PageHeader
        title="Leads"
        description="Companies your jobs found, scored against your ideal customer."
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
      <LeadFiltersForm params={params} errors={invalid?.fields ?? {}} />
      {invalid && <Alert tone="error">{invalid.message}: fix the filters marked above.</Alert>}
      {!invalid && page.data.length === 0 ? (
        <EmptyState icon={Users} title={filtered ? "No leads match these filters" : "No leads yet"}>
          {filtered
            ? "Try a wider score range or clear some filters."
            : "Leads appear here as jobs find them."}
        </EmptyState>
      ) : (
        !invalid && (
          <section aria-labelledby="leads-table-heading" className="space-y-3">
            <h2 id="leads-table-heading" className="sr-only">
              Leads
            </h2>
            <LeadsTable
              leads={page.data}
              caption="Leads matching the filters"
              scoreHeader={<SortLink column="score" label="Score" params={params} />}
              createdHeader={<SortLink column="created_at" label="Created" params={params} />}
              ariaSort={{ score: dir("score"), created: dir("created_at") }}
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
        )
      )}
    </div>
  );
}
