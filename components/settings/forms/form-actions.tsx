"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { applyActionError } from "@/lib/actions/form-errors";
import { deleteFormAction, updateFormAction } from "@/lib/inbound/actions";
import type { InboundForm } from "@/lib/inbound/schemas";
import { ConfirmActionButton } from "../confirm-action-button";
import { FORM_FIELDS, FormFieldsEditor, splitRecipients, type FormValues } from "./form-fields";

const body = (f: InboundForm) => ({
  id: f.id,
  name: f.name,
  fields: f.fields,
  recipients: f.recipients,
  enabled: f.enabled,
});

/** Disable / enable and delete, for admins. */
export function FormActions({ orgId, form }: { orgId: string; form: InboundForm }) {
  const router = useRouter();
  const toggle = useActionSubmit({
    action: () => updateFormAction({ orgId, ...body(form), enabled: !form.enabled }),
    onSuccess: () => router.refresh(),
    thrown: "The server did not answer. Try again.",
  });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        pending={toggle.pending}
        onClick={() => toggle.submit()}
      >
        {form.enabled ? "Disable" : "Enable"}
      </Button>
      <ConfirmActionButton
        label="Delete"
        ariaLabel={`Delete form ${form.name}`}
        variant="danger"
        size="sm"
        title={`Delete the form "${form.name}"?`}
        description="Its page stops answering and its submissions and attachments are deleted. The leads it created stay."
        confirmLabel="Delete form"
        run={() => deleteFormAction({ orgId, id: form.id })}
        onDone={() => router.refresh()}
      />
      {toggle.error && (
        <span role="alert" className="text-xs text-red-600">
          {toggle.error}
        </span>
      )}
    </span>
  );
}

/** The edit form, opened from the form's entry. */
export function EditFormForm({ orgId, form: current }: { orgId: string; form: InboundForm }) {
  const router = useRouter();
  const form = useForm<FormValues>({
    defaultValues: {
      name: current.name,
      fields: current.fields.filter((f) => f !== "email"),
      recipients: current.recipients.join("\n"),
    },
  });
  const { pending, error, notice, submit } = useActionSubmit({
    action: (v: FormValues) =>
      updateFormAction({
        orgId,
        ...body(current),
        name: v.name,
        fields: v.fields,
        recipients: splitRecipients(v.recipients),
      }),
    onSuccess: () => {
      router.refresh();
      return "Saved.";
    },
    onFailure: (e) => applyActionError(e, form.setError, FORM_FIELDS),
    thrown: "The form could not be saved: the server did not answer. Try again.",
  });
  return (
    <form
      onSubmit={(e) => void form.handleSubmit(submit)(e)}
      noValidate
      aria-label={`Edit form ${current.name}`}
      className="space-y-4"
    >
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <FormFieldsEditor register={form.register} errors={form.formState.errors} />
      <Button type="submit" pending={pending}>
        Save changes
      </Button>
    </form>
  );
}
