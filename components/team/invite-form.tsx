"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { inviteMemberAction } from "@/lib/orgs/team-actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { applyActionError } from "@/lib/actions/form-errors";
import { ZInviteMemberSchema } from "@/lib/orgs/schemas";
import { InviteLink } from "./invite-link";
import { ROLE_OPTIONS } from "./role-options";

type Values = z.input<typeof ZInviteMemberSchema>;
type Sent =
  { email: string; delivery: "email" } | { email: string; delivery: "link"; link: string };

export function InviteForm({ orgId }: { orgId: string }) {
  const [sent, setSent] = useState<Sent | null>(null);
  const form = useForm<Values, unknown, z.output<typeof ZInviteMemberSchema>>({
    resolver: zodResolver(ZInviteMemberSchema),
    defaultValues: { email: "", role: "member" },
  });
  const { errors } = form.formState;

  const { pending, error, submit } = useActionSubmit({
    action: (values: z.output<typeof ZInviteMemberSchema>) => {
      setSent(null);
      return inviteMemberAction({ ...values, orgId });
    },
    onSuccess: (invited, values) => {
      setSent(invited);
      form.reset({ email: "", role: values.role });
    },
    onFailure: (err) => applyActionError(err, form.setError, ["email", "role"]),
  });
  const onSubmit = form.handleSubmit(submit);

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate aria-label="Invite a teammate" className="space-y-4">
        {error && <Alert tone="error">{error}</Alert>}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
          <FormField label="Email address" error={errors.email?.message}>
            <Input
              type="email"
              autoComplete="off"
              placeholder="teammate@company.com"
              {...form.register("email")}
            />
          </FormField>
          <FormField label="Role" error={errors.role?.message}>
            <Select {...form.register("role")}>
              {ROLE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </FormField>
          <Button type="submit" pending={pending} className="sm:mt-6.5">
            Send invitation
          </Button>
        </div>
        <p className="text-xs text-zinc-500">
          Admins manage the team and billing; members create jobs and work leads; viewers can only
          look.
        </p>
      </form>
      {sent?.delivery === "email" && (
        <Alert tone="success">Invitation emailed to {sent.email}.</Alert>
      )}
      {sent?.delivery === "link" && <InviteLink email={sent.email} link={sent.link} />}
    </div>
  );
}
