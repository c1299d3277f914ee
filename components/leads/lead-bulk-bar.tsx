"use client";

import { clsx } from "clsx";
import { ChevronDown, Download, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkDeleteAction, bulkStageAction } from "@/lib/leads/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ZLeadStageSchema } from "@/lib/leads/lead-query-schemas";
import { downloadCsv } from "./download-csv";

type Stage = (typeof ZLeadStageSchema.options)[number];
const plural = (n: number) => `${n} lead${n === 1 ? "" : "s"}`;

/**
 * What to do with the selected rows. Always rendered (disabled while nothing is selected) so the
 * table does not jump when the first row is ticked. Viewers get none of the actions: changing and
 * exporting leads are for admins and members.
 */
export function LeadBulkBar({
  selected,
  orgId,
  canEdit,
  canExport,
  onDone,
}: {
  selected: string[];
  orgId: string;
  canEdit: boolean;
  canExport: boolean;
  onDone: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const n = selected.length;
  const none = n === 0;

  const run = (
    work: () => Promise<{ ok: true; text: string } | { ok: false; text: string }>,
    opts: { after?: () => void; changes?: boolean } = {},
  ) =>
    startTransition(async () => {
      setMessage(null);
      const r = await work().catch((e: unknown) => ({
        ok: false as const,
        text: e instanceof Error ? e.message : "The server could not be reached",
      }));
      setMessage({ tone: r.ok ? "success" : "error", text: r.text });
      opts.after?.();
      if (r.ok && opts.changes !== false) {
        onDone();
        router.refresh();
      }
    });

  const changeStage = (stage: Stage) =>
    run(async () => {
      const r = await bulkStageAction({ orgId, ids: selected, stage });
      return r.ok
        ? { ok: true, text: `Moved ${plural(r.data.updated)} to ${stage}.` }
        : { ok: false, text: `Could not change the stage: ${r.error.message}` };
    });
  const remove = () =>
    run(
      async () => {
        const r = await bulkDeleteAction({ orgId, ids: selected });
        return r.ok
          ? { ok: true, text: `Deleted ${plural(r.data.deleted)}.` }
          : { ok: false, text: `Could not delete: ${r.error.message}` };
      },
      { after: () => setConfirming(false) },
    );
  const exportSelected = () =>
    run(
      async () => {
        try {
          await downloadCsv(`/api/dashboard/leads/export?ids=${selected.join(",")}`);
          return { ok: true, text: `Exported ${plural(n)}.` };
        } catch (e) {
          return { ok: false, text: `Could not export: ${(e as Error).message}` };
        }
      },
      { changes: false },
    );

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
              {ZLeadStageSchema.options.map((s) => (
                <DropdownMenuItem key={s} onSelect={() => changeStage(s)}>
                  {s}
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        )}
        {canExport && (
          <Button variant="secondary" size="sm" disabled={none || pending} onClick={exportSelected}>
            <Download aria-hidden className="size-4" />
            Export selected
          </Button>
        )}
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
        onConfirm={remove}
      />
    </>
  );
}
