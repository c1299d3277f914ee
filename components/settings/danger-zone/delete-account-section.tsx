"use client";

import { useState } from "react";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { deleteAccountAction } from "@/lib/erasure/actions";

/**
 * Deleting your own account, confirmed by typing your address. Self-contained so it can sit on
 * any settings page; the server refuses (and this shows why) while you are the only admin of an
 * organization that has other members.
 */
export function DeleteAccountSection({ email }: { email: string }) {
  const [typed, setTyped] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  // Success redirects (the action sends the browser on); a refusal names the field or the reason.
  const {
    pending,
    error,
    submit: send,
  } = useActionSubmit({
    action: () => deleteAccountAction({ confirm: typed }),
    onFailure: (err) => {
      const field = err.fields?.confirm?.join(" ");
      setFieldError(field);
      return field ? null : err.message;
    },
  });
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFieldError(undefined);
    send();
  };

  return (
    <section
      aria-labelledby="delete-account-heading"
      className="space-y-4 rounded-xl border border-red-200 p-6 dark:border-red-900/60"
    >
      <div className="space-y-1">
        <h2 id="delete-account-heading" className="text-base font-semibold">
          Delete your account
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Your profile, sessions and memberships are deleted. Organizations where you are the only
          member are deleted with everything in them; in the others, what you created stays with the
          organization. This cannot be undone.
        </p>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <form onSubmit={submit} noValidate className="space-y-4" aria-label="Delete account">
        <FormField label={`Type ${email} to confirm`} error={fieldError}>
          <Input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>
        <Button type="submit" variant="danger" pending={pending} disabled={!matches}>
          Delete my account
        </Button>
      </form>
    </section>
  );
}
