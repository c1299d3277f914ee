import type { Metadata } from "next";
import { SAMPLE_LEAD } from "@/components/settings/scoring/sample-lead";
import { ScoringEditor } from "@/components/settings/scoring/scoring-editor";
import { Alert } from "@/components/ui/alert";
import { getScoringRules, previewScore } from "@/lib/scoring-rules";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Scoring rules" };

export default async function ScoringPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  const canEdit = current.role === "admin";
  const { rules, isDefault, storedProblem } = await getScoringRules(session.claims, current.id);
  // The first paint already shows the sample's score; edits then update it from the client.
  const initialPreview = previewScore({ rules, lead: SAMPLE_LEAD });

  return (
    <div className="space-y-4">
      {storedProblem && (
        <Alert tone="error">
          The saved rules no longer validate ({storedProblem}), so leads are scored with the default
          profile shown below.
        </Alert>
      )}
      {isDefault && !storedProblem && (
        <Alert>
          {current.name} uses Leadscout&apos;s default B2B profile.{" "}
          {canEdit ? "Edit it below and save to make it your own." : ""}
        </Alert>
      )}
      {!canEdit && (
        <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          Only admins can change the scoring rules. You can still try them on a sample lead.
        </p>
      )}
      <ScoringEditor
        orgId={current.id}
        rules={rules}
        canEdit={canEdit}
        initialPreview={initialPreview}
      />
    </div>
  );
}
