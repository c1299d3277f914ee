"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Resolver } from "react-hook-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/actions/form-errors";
import { saveProviderKeyAction } from "@/lib/provider-keys/actions";
import {
  PROVIDER_LABELS,
  ZSaveProviderKeySchema,
  type KeyProvider,
} from "@/lib/provider-keys/schemas";

interface Values {
  provider: KeyProvider;
  key: string;
}

/** Saves (or replaces) one provider's key. The field is a password input and is cleared after. */
export function SaveKeyForm({
  orgId,
  provider,
  replacing,
}: {
  orgId: string;
  provider: KeyProvider;
  replacing: boolean;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(ZSaveProviderKeySchema) as unknown as Resolver<Values>,
    defaultValues: { provider, key: "" },
  });
  const { pending, error, notice, submit } = useActionSubmit({
    action: (values: Values) => saveProviderKeyAction({ ...values, orgId }),
    onSuccess: (data) => {
      form.reset({ provider, key: "" });
      return `Saved (${data.hint}). Use Check to make sure ${PROVIDER_LABELS[provider].split(" (")[0]} accepts it.`;
    },
    onFailure: (err) => applyActionError(err, form.setError, ["key"]),
    thrown: "The key could not be saved: the server did not answer. Try again.",
  });
  return (
    <form
      onSubmit={(e) => void form.handleSubmit(submit)(e)}
      noValidate
      aria-label={`${replacing ? "Replace" : "Save"} ${provider} key`}
      className="flex flex-wrap items-end gap-2"
    >
      {error && <Alert tone="error">{error}</Alert>}
      <FormField
        label={replacing ? "New key" : "API key"}
        error={form.formState.errors.key?.message}
        className="min-w-64 flex-1 space-y-1.5"
      >
        <Input
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="Paste the key"
          {...form.register("key")}
        />
      </FormField>
      <Button type="submit" pending={pending}>
        {replacing ? "Replace key" : "Save key"}
      </Button>
      <p role="status" className="basis-full text-sm text-zinc-600 dark:text-zinc-400">
        {notice}
      </p>
    </form>
  );
}
