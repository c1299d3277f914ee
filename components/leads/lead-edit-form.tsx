"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { saveLeadAction } from "@/lib/leads/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ZLeadStageSchema } from "@/lib/leads/lead-query-schemas";

const ZLeadFormSchema = z.object({
  stage: ZLeadStageSchema,
  notes: z.string().max(10_000, "Notes are at most 10,000 characters"),
});
type LeadFormValues = z.infer<typeof ZLeadFormSchema>;

/** Stage and notes of one lead; a refused save keeps what was typed and says why under the field. */
export function LeadEditForm({
  leadId,
  orgId,
  stage,
  notes,
}: {
  leadId: string;
  orgId: string;
  stage: LeadFormValues["stage"];
  notes: string | null;
}) {
  const form = useForm<LeadFormValues>({
    resolver: zodResolver(ZLeadFormSchema),
    defaultValues: { stage, notes: notes ?? "" },
  });
  const { errors, isDirty } = form.formState;

  const { pending, error, notice, submit } = useActionSubmit({
    action: (values: LeadFormValues) => saveLeadAction({ orgId, id: leadId, ...values }),
    onSuccess: (saved) => {
      form.reset({ stage: saved.stage, notes: saved.notes ?? "" });
      return "Saved.";
    },
    onFailure: (err) => {
      for (const [field, messages] of Object.entries(err.fields ?? {}))
        if (field === "stage" || field === "notes")
          form.setError(field, { type: "server", message: messages.join(" ") });
      return `Could not save: ${err.message}`;
    },
    thrown: "The server could not be reached.",
  });
  const onSubmit = form.handleSubmit(submit);
  const status = error ?? notice;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pipeline" className="space-y-4">
      <FormField label="Stage" error={errors.stage?.message} className="max-w-xs space-y-1.5">
        <Select {...form.register("stage")}>
          {ZLeadStageSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Notes" error={errors.notes?.message}>
        <Textarea rows={4} {...form.register("notes")} />
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending} disabled={!isDirty}>
          Save
        </Button>
        {status && (
          <Alert tone={error ? "error" : "success"} className="py-1">
            {status}
          </Alert>
        )}
      </div>
    </form>
  );
}
