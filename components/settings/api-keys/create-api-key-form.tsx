"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/actions/form-errors";
import { ZCreateApiKeySchema } from "@/lib/api-keys/schemas";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { NewKeyDialog, type CreatedKey } from "./new-key-dialog";
import { SCOPE_OPTIONS } from "./scopes";

type Values = z.input<typeof ZCreateApiKeySchema>;
type Parsed = z.output<typeof ZCreateApiKeySchema>;
const FIELDS = ["name", "scopes", "expiresAt"] as const;

/** A date input's "2026-12-31" as the end of that day where the user is; "" as no expiry. */
function endOfDay(value: unknown): unknown {
  if (typeof value !== "string" || value === "") return undefined;
  const d = new Date(`${value}T23:59:59`);
  return Number.isNaN(d.getTime()) ? value : d;
}

export function CreateApiKeyForm({ orgId }: { orgId: string }) {
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const empty: Values = { orgId, name: "", scopes: ["read"], expiresAt: undefined };
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(ZCreateApiKeySchema),
    defaultValues: empty,
  });
  const { errors } = form.formState;
  const {
    pending,
    error: formError,
    submit,
  } = useActionSubmit({
    action: (values: Parsed) => createApiKeyAction({ ...values, orgId }),
    onSuccess: (data) => {
      setCreated(data);
      form.reset(empty);
    },
    onFailure: (error) => applyActionError(error, form.setError, FIELDS),
    thrown: "The key could not be created: the server did not answer. Try again.",
  });

  return (
    <>
      <form
        onSubmit={(e) => void form.handleSubmit(submit)(e)}
        noValidate
        aria-label="Create API key"
        className="space-y-4"
      >
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            label="Name"
            error={errors.name?.message}
            hint="Where the key is used, e.g. CRM sync"
          >
            <Input autoComplete="off" maxLength={100} {...form.register("name")} />
          </FormField>
          <FormField
            label="Expires on (optional)"
            error={errors.expiresAt?.message}
            hint="The key stops working at the end of that day. Leave empty for no expiry."
          >
            <Input type="date" {...form.register("expiresAt", { setValueAs: endOfDay })} />
          </FormField>
        </div>
        <CheckboxGroup
          legend="Scopes"
          options={SCOPE_OPTIONS}
          register={form.register("scopes")}
          error={errors.scopes?.message}
        />
        <Button type="submit" pending={pending}>
          Create key
        </Button>
      </form>
      <NewKeyDialog created={created} onClose={() => setCreated(null)} />
    </>
  );
}
