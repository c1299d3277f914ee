"use client";

import { resetScoringRulesAction } from "@/lib/scoring-rules/actions";
import type { RuleSet } from "@/lib/scoring-rules/schemas";
import { ConfirmActionButton } from "../confirm-action-button";

/** Drops the organization's own rules: leads are scored with the default profile again. */
export function ResetRulesButton({
  orgId,
  onReset,
}: {
  orgId: string;
  onReset: (rules: RuleSet) => void;
}) {
  return (
    <ConfirmActionButton
      label="Restore default profile"
      variant="ghost"
      title="Restore the default profile?"
      description="Your organization's own rules are deleted and new jobs score leads with Leadscout's default B2B profile."
      confirmLabel="Restore default"
      run={() => resetScoringRulesAction({ orgId })}
      onDone={onReset}
    />
  );
}
