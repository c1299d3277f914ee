"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useRef, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { applyActionError } from "@/lib/actions/form-errors";
import type { AuthFormState } from "@/lib/auth/form-state";

type Action = (prev: AuthFormState, form: FormData) => Promise<AuthFormState>;

/**
 * react-hook-form in front of a FormData server action. With JavaScript the zod schema checks the
 * fields first and the action runs in a transition (values stay typed, pending shows); without it
 * the form posts to the same action natively — never as a GET that would put the password in the
 * URL — and the page re-renders from the action's state.
 */
export function useAuthForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  action: Action,
  defaults: DefaultValues<z.input<S>>,
) {
  const [nativeState, formAction] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: defaults,
  });
  const fieldNames = Object.keys(defaults);

  // On success the action redirects (or, for a sign-up waiting on email confirmation, notes it).
  const {
    pending,
    error: formError,
    setError: setFormError,
    notice,
    submit,
  } = useActionSubmit({
    action: (data: FormData) => action(null, data),
    onSuccess: (data) => data.notice,
    onFailure: (error) => applyActionError(error, form.setError, fieldNames),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setFormError(null);
    void form.handleSubmit(() => submit(new FormData(formRef.current!)))(event);
  };

  // Only a no-JS post fills nativeState: read its errors and typed values straight off it.
  const nativeError = nativeState && !nativeState.ok ? nativeState.error : undefined;
  const errorFor = (name: string): string | undefined => {
    const own = (form.formState.errors as Record<string, { message?: string } | undefined>)[name]
      ?.message;
    return own ?? nativeError?.fields?.[name]?.join(" ");
  };

  return {
    form,
    formRef,
    formAction,
    onSubmit,
    pending,
    errorFor,
    formError: formError ?? (nativeError && !nativeError.fields ? nativeError.message : null),
    notice: notice ?? (nativeState?.ok ? nativeState.data.notice : undefined),
    /** Typed values echoed by a no-JS post, as the inputs' server-rendered defaults. */
    initial: (nativeState?.values ?? {}) as Record<string, string | undefined>,
  };
}
