"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { saveScoringRulesAction } from "@/lib/scoring-rules/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Qualification, RuleSet } from "@/lib/scoring-rules/schemas";
import { SettingsCard } from "../settings-card";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConditionHelp } from "./condition-help";
import {
  mapRuleSetErrors,
  toFormValues,
  toRuleSetInput,
  type RulesFormValues,
} from "./form-values";
import { PreviewCard } from "./preview-card";
import { ProfileFields } from "./profile-fields";
import { ResetRulesButton } from "./reset-rules-button";
import { RuleFields } from "./rule-fields";
import { rulesResolver } from "./rules-resolver";

/** Lines the condition box needs, counting long lines as the several they wrap to. */
const visualLines = (text: string) =>
  text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 80)), 0);

const NEW_RULE = {
  label: "",
  points: 10,
  when: JSON.stringify({ op: "exists", field: "derived.businessEmails" }, null, 2),
};

export function ScoringEditor({
  orgId,
  rules,
  canEdit,
  initialPreview,
}: {
  orgId: string;
  rules: RuleSet;
  canEdit: boolean;
  initialPreview: Qualification | null;
}) {
  const [saved, setSaved] = useState(false);
  const form = useForm<RulesFormValues>({
    resolver: rulesResolver,
    mode: "onChange",
    defaultValues: toFormValues(rules),
  });
  const { errors, isDirty } = form.formState;
  const list = useFieldArray({ control: form.control, name: "rules" });
  const values = useWatch({ control: form.control }) as RulesFormValues;

  const {
    pending,
    error: formError,
    setError: setFormError,
    submit,
  } = useActionSubmit({
    action: (v: RulesFormValues) => {
      setSaved(false);
      return saveScoringRulesAction({ ...toRuleSetInput(v).input, orgId });
    },
    onSuccess: (data) => {
      form.reset(toFormValues(data));
      setSaved(true);
    },
    // The form keeps every edit; the server's messages land under the fields they concern.
    onFailure: (error) => {
      const { byField, other } = mapRuleSetErrors(error.fields ?? {});
      Object.entries(byField).forEach(([name, message], i) =>
        form.setError(name as never, { type: "server", message }, { shouldFocus: i === 0 }),
      );
      return other.length || !Object.keys(byField).length
        ? [error.message, ...other].join(" ")
        : null;
    },
    thrown: "The rules could not be saved: the server did not answer. Try again.",
  });

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <SettingsCard
        id="rules"
        title="Ideal-customer rules"
        description="Every lead starts at the base points; each rule whose condition holds adds its points (negative points subtract). The score is capped to 0–100."
      >
        <form
          noValidate
          aria-label="Scoring rules"
          onSubmit={(e) => void form.handleSubmit(submit)(e)}
          className="space-y-4"
        >
          {formError && <Alert tone="error">{formError}</Alert>}
          {errors.root?.message && <Alert tone="error">{errors.root.message}</Alert>}
          {saved && !isDirty && (
            <Alert tone="success">Saved. New jobs score their leads with these rules.</Alert>
          )}
          <ProfileFields register={form.register} errors={errors} readOnly={!canEdit} />
          <ConditionHelp />
          <div className="space-y-3">
            {list.fields.map((field, i) => (
              <RuleFields
                key={field.id}
                index={i}
                label={values.rules?.[i]?.label ?? ""}
                conditionLines={visualLines(values.rules?.[i]?.when ?? "")}
                register={form.register}
                errors={errors}
                readOnly={!canEdit}
                onRemove={() => list.remove(i)}
              />
            ))}
          </div>
          {canEdit && (
            <div className="flex flex-wrap items-center gap-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
              <Button
                variant="secondary"
                onClick={() => list.append({ ...NEW_RULE, id: `rule-${list.fields.length + 1}` })}
              >
                <Plus aria-hidden className="size-4" />
                Add rule
              </Button>
              <ResetRulesButton
                orgId={orgId}
                onReset={(set) => {
                  form.reset(toFormValues(set));
                  setFormError(null);
                }}
              />
              <Button type="submit" pending={pending} className="ml-auto">
                Save rules
              </Button>
            </div>
          )}
        </form>
      </SettingsCard>
      <PreviewCard orgId={orgId} values={values} initial={initialPreview} />
    </div>
  );
}
