"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/actions/form-errors";
import { saveFieldMappingAction } from "@/lib/crm/actions";
import {
  COMPANY_FIELDS,
  CONTACT_FIELDS,
  DEFAULT_MAPPINGS,
  fieldMappingFormSchema,
  type FieldMappingForm,
} from "@/lib/crm/field-mapping";
import { CRM_PROVIDER_LABELS, type CrmProvider } from "@/lib/crm/schemas";

const LABELS: Record<string, string> = {
  name: "Company name",
  domain: "Domain (match key)",
  website: "Website",
  phone: "Phone",
  score: "Score",
  status: "Status",
  stage: "Stage",
  source_url: "Page found on",
  linkedin_url: "LinkedIn",
  leadscout_url: "Link to the lead",
  firstname: "First name",
  lastname: "Last name",
  title: "Job title",
};

const FIELDS = [
  ...COMPANY_FIELDS.map((f) => `company.${f}`),
  ...CONTACT_FIELDS.map((f) => `contact.${f}`),
] as const;

const LEGENDS: Record<CrmProvider, { company: string; contact: string }> = {
  hubspot: {
    company: "Company properties",
    contact: "Contact properties (matched by email)",
  },
  salesforce: {
    company: "Account fields (matched by Website, always sent)",
    contact: "Contact or Lead fields (matched by Email)",
  },
};

/** Admins: which CRM property each field is written to; empty means "not sent". */
export function FieldMappingFormView({
  provider,
  mapping,
}: {
  provider: CrmProvider;
  mapping: FieldMappingForm;
}) {
  const form = useForm<FieldMappingForm>({
    resolver: zodResolver(fieldMappingFormSchema(provider)),
    defaultValues: mapping,
  });
  const { errors } = form.formState;
  const { pending, error, notice, submit } = useActionSubmit({
    action: (values: FieldMappingForm) => saveFieldMappingAction({ ...values, provider }),
    onSuccess: () => "Field mapping saved; the next push uses it.",
    onFailure: (err) => applyActionError(err, form.setError, FIELDS as unknown as string[]),
    thrown: "The mapping could not be saved: the server did not answer. Try again.",
  });
  const reset = () =>
    form.reset({
      company: { ...DEFAULT_MAPPINGS[provider].company },
      contact: { ...DEFAULT_MAPPINGS[provider].contact },
    });

  return (
    <form
      onSubmit={(e) => void form.handleSubmit(submit)(e)}
      noValidate
      aria-label={`${CRM_PROVIDER_LABELS[provider]} field mapping`}
      className="space-y-4"
    >
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium">{LEGENDS[provider].company}</legend>
        {COMPANY_FIELDS.map((f) => (
          <FormField key={f} label={LABELS[f] ?? f} error={errors.company?.[f]?.message}>
            <Input autoComplete="off" maxLength={100} {...form.register(`company.${f}`)} />
          </FormField>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium">{LEGENDS[provider].contact}</legend>
        {CONTACT_FIELDS.map((f) => (
          <FormField key={f} label={LABELS[f] ?? f} error={errors.contact?.[f]?.message}>
            <Input autoComplete="off" maxLength={100} {...form.register(`contact.${f}`)} />
          </FormField>
        ))}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Save mapping
        </Button>
        <Button type="button" variant="secondary" onClick={reset}>
          Reset to defaults
        </Button>
      </div>
    </form>
  );
}
