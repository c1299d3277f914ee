"use client";

import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import type { Qualification } from "@/lib/scoring-rules/schemas";
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
    <Card aria-labelledby="preview-heading" className="lg:sticky lg:top-4">
      <CardHeader>
        <h2 id="preview-heading" className="text-base font-semibold">
          Live preview
        </h2>
        <CardDescription>The sample lead below, scored with the rules as you edit.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
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
      </CardContent>
    </Card>
  );
}
