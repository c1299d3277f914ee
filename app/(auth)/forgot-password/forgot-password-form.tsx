"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { forgotPasswordAction } from "@/lib/auth/account-actions";
import { ZForgotPasswordSchema } from "@/lib/auth/account-schemas";
import { FormAlert } from "../form-alert";
import { useAuthForm } from "../use-auth-form";

export function ForgotPasswordForm() {
  const { form, formRef, formAction, onSubmit, pending, errorFor, initial, formError, notice } =
    useAuthForm(ZForgotPasswordSchema, forgotPasswordAction, { email: "" });

  if (notice) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
          {notice}
        </p>
        <p className="text-center text-sm">
          <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
            Back to sign in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <FormField label="Email" error={errorFor("email")}>
        <Input
          type="email"
          autoComplete="email"
          defaultValue={initial.email}
          {...form.register("email")}
        />
      </FormField>
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Remembered it?{" "}
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          Sign in
        </Link>
      </p>
    </form>
  );
}
