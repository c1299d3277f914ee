"use client";

import { useRef, useState, useTransition } from "react";
import type { ActionError, ActionResult } from "@/lib/actions/result";

/**
 * Submits a form's values to a server action once at a time: a synchronous lock (a double click
 * lands before React re-renders the disabled button) so a double submit makes one thing; on
 * failure the form keeps what was typed and shows the message `onFailure` leaves for the form.
 */
export function useActionSubmit<V, T>({
  action,
  onSuccess,
  onFailure,
  what,
}: {
  action: (values: V) => Promise<ActionResult<T>>;
  onSuccess: (data: T, values: V) => void;
  /** Puts field errors under their fields; returns what is left for the form's alert. */
  onFailure: (error: ActionError) => string | null;
  /** "The key could not be created", for when the server does not answer. */
  what: string;
}) {
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: V) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(null);
    startTransition(async () => {
      try {
        const result = await action(values);
        if (result.ok) onSuccess(result.data, values);
        else setFormError(onFailure(result.error));
      } catch {
        setFormError(`${what}: the server did not answer. Try again.`);
      } finally {
        inFlight.current = false;
      }
    });
  };
  return { pending, formError, setFormError, submit };
}
