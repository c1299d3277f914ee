"use client";

import { useState } from "react";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { deleteOrgAction } from "@/lib/erasure/actions";

/**
 * Deleting an organization: the admin types its name (or slug) before the button does anything,
 * and the server checks the same. Nothing here can be undone, and the copy says what goes.
 */
export function DeleteOrganizationForm({
  orgId,
  name,
  slug,
}: {
  orgId: string;
  name: string;
  slug: string;
}) {
  const [typed, setTyped] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  // Success redirects (the action sends the browser on); a refusal names the field or the reason.
  const {
    pending,
    error,
    submit: send,
  } = useActionSubmit({
    action: () => deleteOrgAction({ orgId, confirm: typed }),
    onFailure: (err) => {
      const field = err.fields?.confirm?.join(" ");
      setFieldError(field);
      return field ? null : err.message;
    },
  });
  const matches = typed.trim() === name.trim() || typed.trim() === slug;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFieldError(undefined);
    send();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Delete organization">
      {error && <Alert tone="error">{error}</Alert>}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Running jobs are cancelled, then every lead, job, API key, webhook, invitation, credit and
        audit entry of <strong>{name}</strong> is deleted, and its subscription is cancelled. Its
        members lose access at once. This cannot be undone.
      </p>
      <FormField label={`Type ${name} to confirm`} error={fieldError}>
        <Input
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </FormField>
      <Button type="submit" variant="danger" pending={pending} disabled={!matches}>
        Delete this organization
      </Button>
    </form>
  );
}
