"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createOrgAction } from "@/lib/orgs/switch-actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/actions/form-errors";
import { ZCreateOrganizationSchema } from "@/lib/orgs/schemas";

type Values = z.input<typeof ZCreateOrganizationSchema>;

export function CreateOrgForm() {
  const form = useForm<Values, unknown, z.output<typeof ZCreateOrganizationSchema>>({
    resolver: zodResolver(ZCreateOrganizationSchema),
    defaultValues: { name: "", slug: "" },
  });
  const { errors } = form.formState;

  // On success the action redirects to the new organization's dashboard.
  const { pending, error, submit } = useActionSubmit({
    action: (values: z.output<typeof ZCreateOrganizationSchema>) => createOrgAction(values),
    onFailure: (err) => applyActionError(err, form.setError, ["name", "slug"]),
  });
  const onSubmit = form.handleSubmit(submit);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New organization">
      {error && <Alert tone="error">{error}</Alert>}
      <FormField label="Organization name" error={errors.name?.message}>
        <Input autoComplete="organization" placeholder="Acme Inc." {...form.register("name")} />
      </FormField>
      <FormField
        label="URL slug"
        hint="Optional. Lowercase letters, digits and dashes; derived from the name when empty."
        error={errors.slug?.message}
      >
        <Input autoComplete="off" placeholder="acme" {...form.register("slug")} />
      </FormField>
      <Button type="submit" pending={pending}>
        Create organization
      </Button>
    </form>
  );
}
