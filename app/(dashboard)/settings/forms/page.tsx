import type { Metadata } from "next";
import { Count, SettingsCard } from "@/components/settings/settings-card";
import { CreateFormForm } from "@/components/settings/forms/create-form-form";
import { FormList } from "@/components/settings/forms/form-list";
import { env } from "@/lib/env";
import { listForms, listSubmissions, type SubmissionView } from "@/lib/inbound";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Forms" };

export default async function FormsPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  const isAdmin = current.role === "admin";
  const forms = await listForms(session.claims, current.id);
  const latest = await Promise.all(
    forms.map((f) => listSubmissions(session.claims, current.id, { formId: f.id, limit: 10 })),
  );
  const submissions: Record<string, SubmissionView[]> = Object.fromEntries(
    forms.map((f, i) => [f.id, latest[i]!]),
  );

  return (
    <div className="space-y-6">
      {isAdmin && (
        <SettingsCard
          id="create-form"
          title="Create a form"
          description="A page prospects fill in, on its own address or embedded in your site. Each submission becomes a lead (source: inbound), is scored and enriched, and is confirmed to the prospect by email."
        >
          <CreateFormForm orgId={current.id} me={session.claims.email ?? ""} />
        </SettingsCard>
      )}
      <SettingsCard
        id="forms"
        title={
          <>
            Forms <Count n={forms.length} />
          </>
        }
        description="Each form's page, the snippet to embed it, and its latest submissions. Attachment links last five minutes; reload the page for fresh ones."
      >
        <FormList
          forms={forms}
          submissions={submissions}
          appUrl={env().APP_URL}
          orgId={current.id}
          isAdmin={isAdmin}
        />
      </SettingsCard>
    </div>
  );
}
