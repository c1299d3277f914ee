"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { updateWebhookAction } from "@/lib/webhooks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { applyActionError } from "@/lib/actions/form-errors";
import { ZUpdateWebhookSchema } from "@/lib/webhooks/schemas";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { WEBHOOK_FIELDS, type WebhookFormValues } from "./events";
import { WebhookFields } from "./webhook-fields";

export function EditWebhookForm({
  orgId,
  webhookId,
  initial,
}: {
  orgId: string;
  webhookId: string;
  initial: WebhookFormValues;
}) {
  const [saved, setSaved] = useState(false);
  const form = useForm<WebhookFormValues>({
    resolver: zodResolver(ZUpdateWebhookSchema) as unknown as Resolver<WebhookFormValues>,
    defaultValues: initial,
  });
  const { errors, isDirty } = form.formState;
  const {
    pending,
    error: formError,
    submit,
  } = useActionSubmit({
    action: (values: WebhookFormValues) => {
      setSaved(false);
      return updateWebhookAction({ ...values, orgId, webhookId });
    },
    onSuccess: (_data, values) => {
      form.reset(values);
      setSaved(true);
    },
    onFailure: (error) => applyActionError(error, form.setError, WEBHOOK_FIELDS),
    thrown: "The changes could not be saved: the server did not answer. Try again.",
  });

  return (
    <form
      onSubmit={(e) => void form.handleSubmit(submit)(e)}
      noValidate
      aria-label="Edit endpoint"
      className="space-y-4"
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && !isDirty && <Alert tone="success">Saved.</Alert>}
      <WebhookFields register={form.register} errors={errors} />
      <Button type="submit" pending={pending} disabled={!isDirty}>
        Save changes
      </Button>
    </form>
  );
}
