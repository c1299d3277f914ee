"use client";

import { useState, useTransition } from "react";
import { resetScoringRulesAction } from "@/app/(dashboard)/settings/scoring/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { RuleSet } from "@/lib/scoring-rules/schemas";

/** Drops the organization's own rules: leads are scored with the default profile again. */
export function ResetRulesButton({
  orgId,
  onReset,
}: {
  orgId: string;
  onReset: (rules: RuleSet) => void;
}) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const reset = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await resetScoringRulesAction({ orgId });
        if (!result.ok) return setError(result.error.message);
        onReset(result.data);
        setOpen(false);
      } catch {
        setError("The server did not answer. Try again.");
      }
    });
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        Restore default profile
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Restore the default profile?"
        description="Your organization's own rules are deleted and new jobs score leads with Leadscout's default B2B profile."
        confirmLabel="Restore default"
        pending={pending}
        onConfirm={reset}
      >
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </>
  );
}
