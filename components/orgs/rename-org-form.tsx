"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { renameOrgAction } from "@/lib/orgs/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/actions/form-errors";
import { ZRenameOrganizationSchema } from "@/lib/orgs/schemas";

type Values = z.input<typeof ZRenameOrganizationSchema>;

export function RenameOrgForm({ orgId, name }: { orgId: string; name: string }) {
  const form = useForm<Values, unknown, z.output<typeof ZRenameOrganizationSchema>>({
    resolver: zodResolver(ZRenameOrganizationSchema),
    defaultValues: { name },
  });
  const { errors, isDirty } = form.formState;

  const { pending, error, notice, submit } = useActionSubmit({
    action: (values: z.output<typeof ZRenameOrganizationSchema>) =>
      renameOrgAction({ ...values, orgId }),
    onSuccess: (org) => {
      form.reset({ name: org.name });
      return "Organization renamed";
    },
    onFailure: (err) => applyActionError(err, form.setError, ["name"]),
  });
  const onSubmit = form.handleSubmit(submit);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Rename organization">
      {error && <Alert tone="error">{error}</Alert>}
      {!error && notice && <Alert tone="success">{notice}</Alert>}
      <FormField label="Organization name" error={errors.name?.message}>
        <Input autoComplete="organization" {...form.register("name")} />
      </FormField>
      <Button type="submit" pending={pending} disabled={!isDirty}>
        Save name
      </Button>
    </form>
  );
}
