import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { RulesFormValues } from "./form-values";

/** The profile's name, starting points and the hot / warm thresholds. */
export function ProfileFields({
  register,
  errors,
  readOnly,
}: {
  register: UseFormRegister<RulesFormValues>;
  errors: FieldErrors<RulesFormValues>;
  readOnly: boolean;
}) {
  const number = { valueAsNumber: true } as const;
  return (
    <div className="grid gap-4 sm:grid-cols-[1fr_7rem_7rem_7rem]">
      <FormField label="Profile name" error={errors.name?.message}>
        <Input readOnly={readOnly} placeholder="Mid-market SaaS" {...register("name")} />
      </FormField>
      <FormField label="Base points" error={errors.base?.message}>
        <Input type="number" readOnly={readOnly} {...register("base", number)} />
      </FormField>
      <FormField label="Hot from" error={errors.thresholds?.hot?.message}>
        <Input type="number" readOnly={readOnly} {...register("thresholds.hot", number)} />
      </FormField>
      <FormField label="Warm from" error={errors.thresholds?.warm?.message}>
        <Input type="number" readOnly={readOnly} {...register("thresholds.warm", number)} />
      </FormField>
    </div>
  );
}
