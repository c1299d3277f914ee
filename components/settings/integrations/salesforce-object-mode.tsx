"use client";

import { useRouter } from "next/navigation";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { setSalesforceObjectModeAction } from "@/lib/crm/actions";
import { SALESFORCE_OBJECT_MODES, type SalesforceObjectMode } from "@/lib/crm/schemas";

const LABELS: Record<SalesforceObjectMode, { title: string; hint: string }> = {
  account_contact: {
    title: "Accounts and Contacts",
    hint: "Each company an Account (matched by website), each person a Contact on it (matched by email).",
  },
  lead: {
    title: "Leads",
    hint: "Each person a Salesforce Lead with the company in its Company field (matched by email, unconverted Leads only).",
  },
};

/** Admins: what a push writes in Salesforce; the next push uses the choice. */
export function SalesforceObjectModeForm({ mode }: { mode: SalesforceObjectMode }) {
  const router = useRouter();
  const save = useActionSubmit({
    action: (next: SalesforceObjectMode) => setSalesforceObjectModeAction({ mode: next }),
    onSuccess: () => {
      router.refresh();
      return "Saved: the next push uses it.";
    },
    onFailure: (err) => `Could not save: ${err.message}`,
  });
  return (
    <fieldset className="space-y-2" disabled={save.pending}>
      <legend className="text-sm font-medium">Send to Salesforce as</legend>
      {SALESFORCE_OBJECT_MODES.map((m) => (
        <label key={m} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="salesforce-object-mode"
            value={m}
            checked={mode === m}
            onChange={() => save.submit(m)}
            className="mt-1"
          />
          <span>
            <strong>{LABELS[m].title}</strong>
            <span className="block text-zinc-600 dark:text-zinc-400">{LABELS[m].hint}</span>
          </span>
        </label>
      ))}
      {save.error && <Alert tone="error">{save.error}</Alert>}
      {save.notice && <Alert tone="success">{save.notice}</Alert>}
    </fieldset>
  );
}
