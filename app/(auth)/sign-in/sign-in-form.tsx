"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ZSignInSchema } from "@/lib/auth/schemas";
import { FormAlert } from "../form-alert";
import { useAuthForm } from "../use-auth-form";
import { signInAction } from "@/lib/auth/actions";

export function SignInForm({ next }: { next: string }) {
  const { form, formRef, formAction, onSubmit, pending, errorFor, initial, formError } =
    useAuthForm(ZSignInSchema, signInAction, {
      email: "",
      password: "",
    });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="next" value={next} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <FormField label="Email" error={errorFor("email")}>
        <Input
          type="email"
          autoComplete="email"
          defaultValue={initial.email}
          {...form.register("email")}
        />
      </FormField>
      <FormField label="Password" error={errorFor("password")}>
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </FormField>
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New to Leadscout?{" "}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={withNext("/sign-up", next)}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}

export function withNext(path: string, next: string): string {
  return next === "/dashboard" ? path : `${path}?next=${encodeURIComponent(next)}`;
}
