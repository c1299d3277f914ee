import { Trash2 } from "lucide-react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { RulesFormValues } from "./form-values";

/** One rule: id, label, points and its condition as JSON. */
export function RuleFields({
  index,
  label,
  register,
  errors,
  readOnly,
  onRemove,
  conditionLines,
}: {
  index: number;
  label: string;
  register: UseFormRegister<RulesFormValues>;
  errors: FieldErrors<RulesFormValues>;
  readOnly: boolean;
  onRemove: () => void;
  conditionLines: number;
}) {
  const e = errors.rules?.[index];
  const name = label.trim() || `Rule ${index + 1}`;
  return (
    <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <legend className="px-1 text-sm font-medium">
        Rule {index + 1}
        {label.trim() && <span className="font-normal text-zinc-500">: {label}</span>}
      </legend>
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_6rem_auto]">
        <FormField label="ID" error={e?.id?.message}>
          <Input readOnly={readOnly} className="font-mono" {...register(`rules.${index}.id`)} />
        </FormField>
        <FormField label="Label" error={e?.label?.message}>
          <Input readOnly={readOnly} {...register(`rules.${index}.label`)} />
        </FormField>
        <FormField label="Points" error={e?.points?.message}>
          <Input
            type="number"
            step={1}
            min={-100}
            max={100}
            readOnly={readOnly}
            {...register(`rules.${index}.points`, { valueAsNumber: true })}
          />
        </FormField>
        {!readOnly && (
          <Button
            variant="ghost"
            onClick={onRemove}
            aria-label={`Remove rule ${name}`}
            className="sm:self-start sm:mt-6.5"
          >
            <Trash2 aria-hidden className="size-4" />
            Remove
          </Button>
        )}
      </div>
      <FormField label="Condition (JSON)" error={e?.when?.message}>
        <Textarea
          readOnly={readOnly}
          spellCheck={false}
          rows={Math.min(conditionLines + 1, 14)}
          style={{ minHeight: 0 }}
          className="font-mono text-xs"
          {...register(`rules.${index}.when`)}
        />
      </FormField>
    </fieldset>
  );
}
