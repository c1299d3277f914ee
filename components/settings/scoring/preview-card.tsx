"use client";

import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import type { Qualification } from "@/lib/scoring-rules/schemas";
import { SettingsCard } from "../settings-card";
import type { RulesFormValues } from "./form-values";
import { SAMPLE_LEAD_JSON } from "./sample-lead";
import { ScorePreview } from "./score-preview";
import { useScorePreview } from "./use-score-preview";

/** Scores an editable sample lead with the rules on screen, as they are typed (nothing saved). */
export function PreviewCard({
  orgId,
  values,
  initial,
}: {
  orgId: string;
  values: RulesFormValues;
  initial: Qualification | null;
}) {
  const [sample, setSample] = useState(SAMPLE_LEAD_JSON);
  const state = useScorePreview(orgId, values, sample, initial);
  return (
    <SettingsCard
      id="preview"
      title="Live preview"
      description="The sample lead below, scored with the rules as you edit."
      className="lg:sticky lg:top-4"
    >
      <div className="space-y-4">
        <ScorePreview state={state} />
        <FormField
          label="Sample lead (JSON)"
          error={state.leadError ?? undefined}
          hint="Edit it to try your rules on another kind of company. It is not saved."
        >
          <Textarea
            value={sample}
            onChange={(e) => setSample(e.target.value)}
            spellCheck={false}
            rows={12}
            className="font-mono text-xs"
          />
        </FormField>
      </div>
    </SettingsCard>
  );
}
