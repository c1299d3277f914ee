"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { addLeadNoteAction } from "@/lib/leads/actions";
import { ZNoteBodySchema } from "@/lib/leads/pipeline-schemas";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

const ZNoteFormSchema = z.object({ body: ZNoteBodySchema });
type NoteFormValues = z.infer<typeof ZNoteFormSchema>;

/** Adds a note to the lead's thread; a refused note keeps what was typed and says why. */
export function NoteForm({ leadId, orgId }: { leadId: string; orgId: string }) {
  const form = useForm<NoteFormValues>({
    resolver: zodResolver(ZNoteFormSchema),
    defaultValues: { body: "" },
  });
  const { errors } = form.formState;
  const { pending, error, submit } = useActionSubmit({
    action: (values: NoteFormValues) => addLeadNoteAction({ orgId, id: leadId, ...values }),
    onSuccess: () => {
      form.reset({ body: "" });
    },
    onFailure: (err) => {
      const messages = err.fields?.body;
      if (messages) form.setError("body", { type: "server", message: messages.join(" ") });
      return `Could not add the note: ${err.message}`;
    },
    thrown: "The server could not be reached.",
  });
  return (
    <form
      onSubmit={form.handleSubmit(submit)}
      noValidate
      aria-label="Add a note"
      className="space-y-2"
    >
      <FormField label="New note" error={errors.body?.message}>
        <Textarea rows={3} {...form.register("body")} />
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" pending={pending}>
          Add note
        </Button>
        {error && (
          <Alert tone="error" className="py-1">
            {error}
          </Alert>
        )}
      </div>
    </form>
  );
}
