"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { applyActionError } from "@/lib/actions/form-errors";
import { createFormAction } from "@/lib/inbound/actions";
import { FORM_FIELDS, FormFieldsEditor, splitRecipients, type FormValues } from "./form-fields";

const EMPTY: FormValues = {
  name: "Contact us",
  fields: ["name", "company", "website", "message"],
  recipients: "",
};

export function CreateFormForm({ orgId, me }: { orgId: string; me: string }) {
  const router = useRouter();
  const form = useForm<FormValues>({ defaultValues: { ...EMPTY, recipients: me } });
  const { pending, error, submit } = useActionSubmit({
    action: (v: FormValues) =>
      createFormAction({ orgId, ...v, recipients: splitRecipients(v.recipients) }),
    onSuccess: () => {
      form.reset({ ...EMPTY, recipients: me });
      router.refresh();
    },
    onFailure: (e) => applyActionError(e, form.setError, FORM_FIELDS),
    thrown: "The form could not be created: the server did not answer. Try again.",
  });
  return (
    <form
      onSubmit={(e) => void form.handleSubmit(submit)(e)}
      noValidate
      aria-label="Create form"
      className="space-y-4"
    >
      {error && <Alert tone="error">{error}</Alert>}
      <FormFieldsEditor register={form.register} errors={form.formState.errors} />
      <Button type="submit" pending={pending}>
        Create form
      </Button>
    </form>
  );
}
