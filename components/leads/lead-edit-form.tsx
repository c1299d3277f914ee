"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { saveLeadAction } from "@/lib/leads/actions";
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
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<LeadFormValues>({
    resolver: zodResolver(ZLeadFormSchema),
    defaultValues: { stage, notes: notes ?? "" },
  });
  const { errors, isDirty } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setStatus(null);
      const r = await saveLeadAction({ orgId, id: leadId, ...values }).catch(() => null);
      if (!r) return setStatus({ tone: "error", text: "The server could not be reached." });
      if (r.ok) {
        form.reset({ stage: r.data.stage, notes: r.data.notes ?? "" });
        return setStatus({ tone: "success", text: "Saved." });
      }
      for (const [field, messages] of Object.entries(r.error.fields ?? {}))
        if (field === "stage" || field === "notes")
          form.setError(field, { type: "server", message: messages.join(" ") });
      setStatus({ tone: "error", text: `Could not save: ${r.error.message}` });
    }),
  );

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
          <Alert tone={status.tone} className="py-1">
            {status.text}
          </Alert>
        )}
      </div>
    </form>
  );
}
