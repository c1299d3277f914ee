"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { renameOrgAction } from "@/lib/orgs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/actions/form-errors";
import { ZRenameOrganizationSchema } from "@/lib/orgs/schemas";

type Values = z.input<typeof ZRenameOrganizationSchema>;

export function RenameOrgForm({ orgId, name }: { orgId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values, unknown, z.output<typeof ZRenameOrganizationSchema>>({
    resolver: zodResolver(ZRenameOrganizationSchema),
    defaultValues: { name },
  });
  const { errors, isDirty } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setMessage(null);
    startTransition(async () => {
      const result = await renameOrgAction({ ...values, orgId });
      if (result.ok) {
        form.reset({ name: result.data.name });
        setMessage({ tone: "success", text: "Organization renamed" });
      } else {
        const text = applyActionError(result.error, form.setError, ["name"]);
        if (text) setMessage({ tone: "error", text });
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Rename organization">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <FormField label="Organization name" error={errors.name?.message}>
        <Input autoComplete="organization" {...form.register("name")} />
      </FormField>
      <Button type="submit" pending={pending} disabled={!isDirty}>
        Save name
      </Button>
    </form>
  );
}
