"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { updateWebhookAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { applyActionError } from "@/lib/actions/form-errors";
import { ZUpdateWebhookSchema } from "@/lib/webhooks/schemas";
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
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<WebhookFormValues>({
    resolver: zodResolver(ZUpdateWebhookSchema) as unknown as Resolver<WebhookFormValues>,
    defaultValues: initial,
  });
  const { errors, isDirty } = form.formState;

  const submit = (values: WebhookFormValues) => {
    if (pending) return;
    setFormError(null);
    setSaved(false);
    startTransition(async () => {
      try {
        // Saving the same values twice changes nothing, so a double submit is harmless here.
        const result = await updateWebhookAction({ ...values, orgId, webhookId });
        if (result.ok) {
          form.reset(values);
          setSaved(true);
        } else {
          setFormError(applyActionError(result.error, form.setError, WEBHOOK_FIELDS));
        }
      } catch {
        setFormError("The changes could not be saved: the server did not answer. Try again.");
      }
    });
  };

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
