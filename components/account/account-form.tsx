"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";

export interface AccountField {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
}

type Action = (input: FormData) => Promise<ActionResult<{ notice?: string }>>;

/**
 * One Settings › Account form: posts its fields to a safe action (which takes FormData), shows
 * every field error under its field, a notice on success, and empties password fields afterwards.
 */
export function AccountForm({
  action,
  fields,
  submit,
  pendingLabel,
  variant,
  hidden,
}: {
  action: Action;
  /** Values posted as they are (a session's id). */
  hidden?: Record<string, string>;
  fields: AccountField[];
  submit: string;
  pendingLabel: string;
  variant?: "secondary" | "danger" | "ghost";
}) {
  const [round, setRound] = useState(0);
  const [state, formAction, pending] = useActionState(
    async (_prev: ActionResult<{ notice?: string }> | null, form: FormData) => {
      const result = await action(form);
      if (result.ok) setRound((r) => r + 1);
      return result;
    },
    null,
  );
  const fieldErrors = state && !state.ok ? state.error.fields : undefined;
  const formError = state && !state.ok && !state.error.fields ? state.error.message : null;
  return (
    <form key={round} action={formAction} className="max-w-md space-y-4">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state?.ok && state.data.notice && (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
          {state.data.notice}
        </p>
      )}
      {formError && (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
        >
          {formError}
        </p>
      )}
      {fields.map((f) => (
        <FormField key={f.name} label={f.label} hint={f.hint} error={fieldErrors?.[f.name]}>
          <Input
            name={f.name}
            type={f.type ?? "text"}
            autoComplete={f.autoComplete}
            defaultValue={f.type === "password" ? undefined : f.defaultValue}
          />
        </FormField>
      ))}
      <Button type="submit" variant={variant} pending={pending}>
        {pending ? pendingLabel : submit}
      </Button>
    </form>
  );
}
