"use client";

import { clsx } from "clsx";
import { ChevronDown, Download, Send, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { pushLeadsToCrmAction } from "@/lib/crm/actions";
import { CRM_PROVIDER_LABELS, type CrmProvider } from "@/lib/crm/schemas";
import { bulkDeleteAction, bulkStageAction } from "@/lib/leads/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ActionResult } from "@/lib/actions/result";
import { LEAD_STAGES, type LeadStage } from "@/lib/leads/lead-query-schemas";
import { downloadCsv } from "./download-csv";

type Op =
  | { kind: "stage"; stage: LeadStage }
  | { kind: "delete" }
  | { kind: "export" }
  | { kind: "crm"; provider: CrmProvider };
const FAILED: Record<Op["kind"], string> = {
  stage: "Could not change the stage",
  delete: "Could not delete",
  export: "Could not export",
  crm: "Could not send to the CRM",
};
const plural = (n: number) => `${n} lead${n === 1 ? "" : "s"}`;

/**
 * What to do with the selected rows. Always rendered (disabled while nothing is selected) so the
 * table does not jump when the first row is ticked. Viewers get none of the actions: changing and
 * exporting leads are for admins and members. "Send to HubSpot" / "Send to Salesforce" shows for
 * each CRM connected.
 */
export function LeadBulkBar({
  selected,
  orgId,
  canEdit,
  canExport,
  crms = [],
  onDone,
}: {
  selected: string[];
  orgId: string;
  canEdit: boolean;
  canExport: boolean;
  /** The CRMs connected: one "Send to …" button each. */
  crms?: CrmProvider[];
  onDone: () => void;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const n = selected.length;
  const none = n === 0;

  // One call at a time for the whole bar; its answer (what was done) is the notice.
  const { pending, error, notice, submit } = useActionSubmit({
    action: async (op: Op): Promise<ActionResult<string>> => {
      if (op.kind === "stage") {
        const r = await bulkStageAction({ orgId, ids: selected, stage: op.stage });
        return r.ok ? { ok: true, data: `Moved ${plural(r.data.updated)} to ${op.stage}.` } : r;
      }
      if (op.kind === "delete") {
        const r = await bulkDeleteAction({ orgId, ids: selected });
        return r.ok ? { ok: true, data: `Deleted ${plural(r.data.deleted)}.` } : r;
      }
      if (op.kind === "crm") {
        const r = await pushLeadsToCrmAction({ orgId, ids: selected, provider: op.provider });
        const crm = CRM_PROVIDER_LABELS[op.provider];
        return r.ok
          ? {
              ok: true,
              data: `Sending ${plural(n)} to ${crm}; the outcome is in Settings › Integrations.`,
            }
          : r;
      }
      await downloadCsv(`/api/dashboard/leads/export?ids=${selected.join(",")}`);
      return { ok: true, data: `Exported ${plural(n)}.` };
    },
    onSuccess: (text, op) => {
      if (op.kind !== "export" && op.kind !== "crm") {
        onDone();
        router.refresh();
      }
      return text;
    },
    // A refused stage move lists, per stage, how many selected leads cannot make it and why.
    onFailure: (err, op) =>
      [
        `${FAILED[op.kind]}: ${err.message}`,
        ...(op.kind === "stage" ? (err.fields?.stage ?? []) : []),
      ].join(". "),
    thrown: (e, op) =>
      op.kind === "export"
        ? `${FAILED.export}: ${(e as Error).message}`
        : e instanceof Error
          ? e.message
          : "The server could not be reached",
    onSettled: (op) => {
      if (op.kind === "delete") setConfirming(false);
    },
  });
  const message = error
    ? { tone: "error" as const, text: error }
    : notice
      ? { tone: "success" as const, text: notice }
      : null;

  return (
    <>
      <div
        role="group"
        aria-label="Selected leads"
        className="flex min-h-10 min-w-0 flex-1 flex-wrap items-center gap-2 text-sm"
      >
        <span className="mr-2 text-zinc-600 tabular-nums dark:text-zinc-400" aria-live="polite">
          {none ? "No leads selected" : `${plural(n)} selected`}
        </span>
        {canEdit && (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="secondary" size="sm" disabled={none || pending}>
                Change stage
                <ChevronDown aria-hidden className="size-4" />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent>
              <DropdownMenuLabel>Move {plural(n)} to</DropdownMenuLabel>
              {LEAD_STAGES.map((s) => (
                <DropdownMenuItem key={s} onSelect={() => submit({ kind: "stage", stage: s })}>
                  {s}
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        )}
        {canExport && (
          <Button
            variant="secondary"
            size="sm"
            disabled={none || pending}
            onClick={() => submit({ kind: "export" })}
          >
            <Download aria-hidden className="size-4" />
            Export selected
          </Button>
        )}
        {canExport &&
          crms.map((provider) => (
            <Button
              key={provider}
              variant="secondary"
              size="sm"
              disabled={none || pending}
              onClick={() => submit({ kind: "crm", provider })}
            >
              <Send aria-hidden className="size-4" />
              Send to {CRM_PROVIDER_LABELS[provider]}
            </Button>
          ))}
        {canEdit && (
          <Button
            variant="secondary"
            size="sm"
            disabled={none || pending}
            onClick={() => setConfirming(true)}
          >
            <Trash2 aria-hidden className="size-4" />
            Delete
          </Button>
        )}
        {/* In the toolbar's own line, so the table below never moves when a message arrives. */}
        <span
          role={message?.tone === "error" ? "alert" : "status"}
          className={clsx(
            "ml-auto truncate",
            message?.tone === "error"
              ? "text-red-700 dark:text-red-400"
              : "text-emerald-700 dark:text-emerald-400",
          )}
        >
          {message?.text}
        </span>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${plural(n)}?`}
        description="The leads, their contacts and enrichment are removed for everyone in the organization. This cannot be undone."
        confirmLabel={`Delete ${plural(n)}`}
        cancelLabel="Keep them"
        pending={pending}
        onConfirm={() => submit({ kind: "delete" })}
      />
    </>
  );
}
