"use client";

import { moveLeadStageAction } from "@/lib/leads/actions";
import type { LeadStage } from "@/lib/leads/lead-query-schemas";
import { allowedNextStages, isReopen, STAGE_LABELS } from "@/lib/leads/stages";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CurrentStage } from "./stage-badge";

/** What a move's button says: archiving and reopening read differently from a step forward. */
function moveLabel(from: LeadStage, to: LeadStage): string {
  if (to === "archived") return "Archive";
  if (from === "archived") return `Restore as ${STAGE_LABELS[to].toLowerCase()}`;
  if (isReopen(from, to)) return `Reopen as ${STAGE_LABELS[to].toLowerCase()}`;
  if (to === "lost") return "Mark lost";
  if (to === "won") return "Mark won";
  return `Move to ${STAGE_LABELS[to].toLowerCase()}`;
}

/**
 * The lead's stage and one button per move the pipeline allows from it (lib/leads/stages.ts): a
 * move the machine refuses is never offered. The move names the stage shown here, so a move made
 * meanwhile elsewhere is refused with a reload hint instead of being overridden.
 */
export function StageControl({
  leadId,
  orgId,
  stage,
}: {
  leadId: string;
  orgId: string;
  stage: LeadStage;
}) {
  const { pending, error, notice, submit } = useActionSubmit({
    action: (to: LeadStage) => moveLeadStageAction({ orgId, id: leadId, stage: to, from: stage }),
    onSuccess: (r) => `Moved to ${STAGE_LABELS[r.stage].toLowerCase()}.`,
    onFailure: (err) => `Not moved: ${err.message}`,
    thrown: "The server could not be reached.",
  });
  const status = error ?? notice;
  return (
    <div className="space-y-3">
      <CurrentStage stage={stage} />
      <div role="group" aria-label="Move this lead" className="flex flex-wrap gap-2">
        {allowedNextStages(stage).map((to) => (
          <Button
            key={to}
            type="button"
            size="sm"
            variant={to === "archived" || to === "lost" ? "secondary" : "primary"}
            disabled={pending}
            onClick={() => submit(to)}
          >
            {moveLabel(stage, to)}
          </Button>
        ))}
      </div>
      {status && (
        <Alert tone={error ? "error" : "success"} className="py-1">
          {status}
        </Alert>
      )}
    </div>
  );
}
