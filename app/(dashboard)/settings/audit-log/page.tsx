import type { Metadata } from "next";
import { AuditFilters } from "@/components/settings/audit-log/audit-filters";
import { AuditTable } from "@/components/settings/audit-log/audit-table";
import { oneParam as one, pageOrFirst } from "@/components/settings/page-or-first";
import { Paged } from "@/components/settings/pager";
import { SettingsCard } from "@/components/settings/settings-card";
import { Alert } from "@/components/ui/alert";
import { listAuditLog, type AuditLogPage } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { listMembers } from "@/lib/orgs";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Audit log" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: Search }) {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  if (current.role !== "admin")
    return (
      <Alert>
        Only admins of {current.name} can read its audit log. Ask an admin if you need to know who
        changed something.
      </Alert>
    );

  const sp = await searchParams;
  const filters = {
    actor: one(sp.actor),
    action: one(sp.action),
    from: one(sp.from),
    to: one(sp.to),
  };
  const filtered = Object.values(filters).some(Boolean);
  const members = await listMembers(session.claims, current.id);
  let page: AuditLogPage = { data: [], next_cursor: null };
  let cursor: string | undefined;
  let stale = false;
  let problem: string | null = null;
  try {
    ({ page, cursor, stale } = await pageOrFirst(one(sp.cursor), (c) =>
      listAuditLog(session.claims, current.id, { ...filters, cursor: c, limit: 25 }),
    ));
  } catch (err) {
    // A hand-edited filter: say what is wrong instead of an error page.
    if (!(err instanceof AppError) || err.code !== "validation_failed") throw err;
    problem = Object.entries(err.fields ?? {})
      .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
      .join("; ");
  }

  return (
    <SettingsCard
      id="audit-log"
      title="Audit log"
      description="Who changed what in this organization, newest first. Entries cannot be edited or deleted."
    >
      <div className="space-y-4">
        <AuditFilters
          values={filters}
          actors={members.map((m) => ({ id: m.userId, email: m.email }))}
        />
        {problem ? (
          <Alert tone="error">These filters are not valid: {problem}</Alert>
        ) : (
          <Paged
            stale={stale}
            staleText="That page of the log is no longer available; showing the newest entries."
            label="Audit log pages"
            param="cursor"
            next={page.next_cursor}
            current={cursor}
            params={{ ...filters, cursor }}
          >
            <AuditTable entries={page.data} filtered={filtered} />
          </Paged>
        )}
      </div>
    </SettingsCard>
  );
}
