import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FIELD_LABELS, INBOUND_FIELDS, type InboundField } from "@/lib/inbound/schemas";

export interface FormValues {
  name: string;
  fields: InboundField[];
  /** One address per line (or comma separated); split before it is sent. */
  recipients: string;
}
export const FORM_FIELDS = ["name", "fields", "recipients"] as const;

export const FIELD_OPTIONS = INBOUND_FIELDS.filter((f) => f !== "email").map((value) => ({
  value,
  label:
    value === "file"
      ? "File"
      : FIELD_LABELS[value].replace(/^Your /, "").replace(/^\w/, (c) => c.toUpperCase()),
  ...(value === "file" ? { detail: "PDF, DOCX, PNG or JPG, up to 10 MB" } : {}),
}));

export const splitRecipients = (raw: string) =>
  raw
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Name, asked fields and recipients: what the create and edit forms share. */
export function FormFieldsEditor({
  register,
  errors,
}: {
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
}) {
  return (
    <>
      <FormField label="Form name" error={errors.name?.message} hint="Shown as the page's title.">
        <Input autoComplete="off" maxLength={200} {...register("name")} />
      </FormField>
      <CheckboxGroup
        legend="Fields asked (the email is always asked)"
        options={FIELD_OPTIONS}
        register={register("fields")}
        error={errors.fields?.message}
      />
      <FormField
        label="Notify (optional)"
        error={errors.recipients?.message}
        hint="Email addresses of members of this organization, one per line. Each submission is sent to them."
      >
        <Textarea rows={2} autoComplete="off" {...register("recipients")} />
      </FormField>
    </>
  );
}
