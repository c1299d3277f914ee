"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { createWebhookAction } from "@/lib/webhooks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { applyActionError } from "@/lib/actions/form-errors";
import { WEBHOOK_EVENT_TYPES, ZCreateWebhookSchema } from "@/lib/webhooks/schemas";
import { SecretOnceDialog } from "../secret-once-dialog";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { WEBHOOK_FIELDS, type WebhookFormValues } from "./events";
import { WebhookFields } from "./webhook-fields";

const EMPTY: WebhookFormValues = { url: "", description: "", events: [...WEBHOOK_EVENT_TYPES] };

export function CreateWebhookForm({ orgId }: { orgId: string }) {
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const form = useForm<WebhookFormValues>({
    // Parses to the same shape, with the URL trimmed and events deduplicated.
    resolver: zodResolver(ZCreateWebhookSchema) as unknown as Resolver<WebhookFormValues>,
    defaultValues: EMPTY,
  });
  const { errors } = form.formState;
  const {
    pending,
    error: formError,
    submit,
  } = useActionSubmit({
    action: (values: WebhookFormValues) => createWebhookAction({ ...values, orgId }),
    onSuccess: (data) => {
      setCreated(data);
      form.reset(EMPTY);
    },
    onFailure: (error) => applyActionError(error, form.setError, WEBHOOK_FIELDS),
    thrown: "The endpoint could not be added: the server did not answer. Try again.",
  });

  return (
    <>
      <form
        onSubmit={(e) => void form.handleSubmit(submit)(e)}
        noValidate
        aria-label="Add endpoint"
        className="space-y-4"
      >
        {formError && <Alert tone="error">{formError}</Alert>}
        <WebhookFields register={form.register} errors={errors} />
        <Button type="submit" pending={pending}>
          Add endpoint
        </Button>
      </form>
      <SecretOnceDialog
        secret={created?.secret ?? null}
        title="Endpoint added"
        what={<span className="font-mono break-all">{created?.url}</span>}
        label="Signing secret"
        onClose={() => setCreated(null)}
      >
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Verify each delivery&apos;s <code className="font-mono">webhook-signature</code> header
          with it (Standard Webhooks; the <code className="font-mono">standardwebhooks</code>{" "}
          library does it for you).
        </p>
      </SecretOnceDialog>
    </>
  );
}
