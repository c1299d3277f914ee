import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { EVENT_OPTIONS, type WebhookFormValues } from "./events";

/** URL, description and events: the fields the create and edit forms share. */
export function WebhookFields({
  register,
  errors,
}: {
  register: UseFormRegister<WebhookFormValues>;
  errors: FieldErrors<WebhookFormValues>;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Endpoint URL"
          error={errors.url?.message}
          hint="An https URL on the public internet that answers 2xx."
        >
          <Input
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://example.com/hooks/leadscout"
            {...register("url")}
          />
        </FormField>
        <FormField label="Description (optional)" error={errors.description?.message}>
          <Input autoComplete="off" maxLength={500} {...register("description")} />
        </FormField>
      </div>
      <CheckboxGroup
        legend="Events"
        options={EVENT_OPTIONS}
        register={register("events")}
        error={errors.events?.message}
      />
    </>
  );
}
