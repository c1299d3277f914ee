"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PASSWORD_MIN, ZSignUpSchema } from "@/lib/auth/schemas";
import { FormAlert } from "../form-alert";
import { withNext } from "../sign-in/sign-in-form";
import { useAuthForm } from "../use-auth-form";
import { signUpAction } from "@/lib/auth/actions";

export function SignUpForm({ next }: { next: string }) {
  const { form, formRef, formAction, onSubmit, pending, errorFor, initial, formError, notice } =
    useAuthForm(ZSignUpSchema, signUpAction, {
      fullName: "",
      email: "",
      password: "",
    });

  if (notice) {
    return (
      <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
        {notice}
      </p>
    );
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="next" value={next} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <FormField
        label="Full name"
        hint="Optional. Your organization is named after you; rename it later."
        error={errorFor("fullName")}
      >
        <Input autoComplete="name" defaultValue={initial.fullName} {...form.register("fullName")} />
      </FormField>
      <FormField label="Work email" error={errorFor("email")}>
        <Input
          type="email"
          autoComplete="email"
          defaultValue={initial.email}
          {...form.register("email")}
        />
      </FormField>
      <FormField
        label="Password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errorFor("password")}
      >
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={withNext("/sign-in", next)}
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
