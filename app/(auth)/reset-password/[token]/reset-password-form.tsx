"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { resetPasswordAction } from "@/lib/auth/account-actions";
import { ZResetPasswordSchema } from "@/lib/auth/account-schemas";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { FormAlert } from "../../form-alert";
import { useAuthForm } from "../../use-auth-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const { form, formRef, formAction, onSubmit, pending, errorFor, formError } = useAuthForm(
    ZResetPasswordSchema,
    resetPasswordAction,
    { token, password: "" },
  );

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" value={token} {...form.register("token")} />
      {formError && (
        <FormAlert>
          {formError}{" "}
          <Link href="/forgot-password" className="underline">
            Send a new link
          </Link>
        </FormAlert>
      )}
      <FormField
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errorFor("password")}
      >
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
