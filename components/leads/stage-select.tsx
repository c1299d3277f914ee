"use client";

import { useState, useTransition } from "react";
import { changeLeadStageAction } from "@/app/(dashboard)/leads/actions";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { ZLeadStageSchema } from "@/lib/leads/lead-query-schemas";

type Stage = (typeof ZLeadStageSchema.options)[number];

/** Moves the lead along the pipeline as soon as a stage is picked; reverts if the server refuses. */
export function StageSelect({
  leadId,
  orgId,
  stage,
}: {
  leadId: string;
  orgId: string;
  stage: Stage;
}) {
  const [value, setValue] = useState<Stage>(stage);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const change = (next: Stage) => {
    const previous = value;
    setValue(next);
    setError(null);
    setSaved(false);
    startTransition(async () => {
      const result = await changeLeadStageAction({ id: leadId, stage: next, orgId });
      if (result.ok) return setSaved(true);
      setValue(previous);
      setError(result.error.message);
    });
  };
  return (
    <div className="max-w-xs space-y-2">
      <FormField label="Stage" hint={pending ? "Saving…" : saved ? "Saved." : undefined}>
        <Select value={value} disabled={pending} onChange={(e) => change(e.target.value as Stage)}>
          {ZLeadStageSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </FormField>
      {error && <Alert tone="error">Could not change the stage: {error}</Alert>}
    </div>
  );
}
