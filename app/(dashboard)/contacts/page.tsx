import { Contact as ContactIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import {
  ContactFilters,
  contactsHref,
  type ContactParams,
} from "@/components/contacts/contact-filters";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { EmptyState } from "@/components/dashboard/empty-state";
import { PageHeader } from "@/components/dashboard/page-header";
import { ExportButton } from "@/components/leads/export-button";
import { Alert } from "@/components/ui/alert";
import { listContacts, type ContactPage } from "@/lib/contacts";
import type { JwtClaims } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canExportLeads } from "@/lib/leads";
import { loadDashboardContext } from "../request-context";

export const metadata: Metadata = { title: "Contacts" };

type Search = Record<string, string | string[] | undefined>;
const KEYS = ["q", "has_email", "job_id", "lead_id", "sort", "cursor"] as const;

function paramsOf(search: Search): ContactParams {
  const out: ContactParams = {};
  for (const k of KEYS) {
    const v = search[k];
    const one = Array.isArray(v) ? v[0] : v;
    if (one) out[k] = one;
  }
  return out;
}

const queryOf = (params: ContactParams) =>
  new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

/** The page of contacts, or the validation error of a hand-edited or stale URL (shown). */
async function loadPage(
  claims: JwtClaims,
  orgId: string,
  params: ContactParams,
): Promise<{ page: ContactPage; error: AppError | null }> {
  try {
    return { page: await listContacts(claims, orgId, { ...params, limit: "50" }), error: null };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== "validation_failed") throw err;
    return { page: { data: [], next_cursor: null }, error: err };
  }
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null; // the layout shows onboarding instead
  const params = paramsOf(await searchParams);
  const { page, error } = await loadPage(session.claims, current.id, params);
  const filtered = Boolean(params.q || params.has_email || params.job_id || params.lead_id);
  const { cursor: _c, ...exportParams } = params;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Contacts"
        description="The people your jobs found on company sites, one row per person."
        actions={
          canExportLeads(current.role) && (
            <ExportButton path="/api/dashboard/contacts/export" query={queryOf(exportParams)} />
          )
        }
      />
      {(params.job_id || params.lead_id) && (
        <Alert tone="info">
          Showing the people {params.job_id ? "one job found" : "of one company"} only.{" "}
          <Link
            href={contactsHref(params, {
              job_id: undefined,
              lead_id: undefined,
              cursor: undefined,
            })}
            className="underline"
          >
            Show every contact
          </Link>
        </Alert>
      )}
      <ContactFilters params={params} errors={error?.fields ?? {}} />
      {error ? (
        <Alert tone="error">{error.message}: fix the filters marked above.</Alert>
      ) : page.data.length === 0 ? (
        <EmptyState
          icon={ContactIcon}
          title={filtered ? "No contacts match these filters" : "No contacts yet"}
        >
          {filtered
            ? "Try another search or clear the filters."
            : "People named on the sites your jobs crawl (team pages, imprints, JSON-LD) appear here."}
        </EmptyState>
      ) : (
        <section aria-label="Contacts" className="space-y-3">
          <ContactsTable
            key={params.cursor ?? ""}
            contacts={page.data}
            orgId={current.id}
            canEdit={current.role !== "viewer"}
            canExport={canExportLeads(current.role)}
          />
          <nav aria-label="Contacts pages" className="flex gap-4 text-sm">
            {params.cursor && (
              <Link
                href={contactsHref(params, { cursor: undefined })}
                className="text-brand-600 hover:underline"
              >
                First page
              </Link>
            )}
            {page.next_cursor && (
              <Link
                href={contactsHref(params, { cursor: page.next_cursor })}
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
