"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useRef, useState, useTransition, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { applyActionError } from "@/lib/actions/form-errors";
import type { AuthFormState } from "./form-state";

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
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: defaults,
  });
  const fieldNames = Object.keys(defaults);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setFormError(null);
    void form.handleSubmit(() => {
      const data = new FormData(formRef.current!);
      startTransition(async () => {
        // On success the action redirects and this never returns a result.
        const result = await action(null, data);
        if (!result) return;
        if (result.ok) setNotice(result.data.notice);
        else setFormError(applyActionError(result.error, form.setError, fieldNames));
      });
    })(event);
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
