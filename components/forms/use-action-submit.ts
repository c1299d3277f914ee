"use client";

import { unstable_rethrow } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { ActionError, ActionResult } from "@/lib/actions/result";

export interface ActionSubmitOptions<V, T> {
  /**
   * The server action, called with what the form or button hands to `submit`. No result (the
   * action redirected, or a FormData action answered nothing) leaves everything as it is.
   */
  action: (values: V) => Promise<ActionResult<T> | null | undefined | void>;
  /** After success; a string it returns is shown as the notice ("Saved."). */
  onSuccess?: (data: T, values: V) => string | void;
  /**
   * After a refusal: puts field errors under their fields and returns what is left for the
   * alert (null: nothing). Without it the alert shows the error's message.
   */
  onFailure?: (error: ActionError, values: V) => string | null;
  /**
   * What the alert says when the call throws (the server did not answer, the download failed).
   * Without it the error reaches the nearest error boundary. Next's redirects always go through.
   */
  thrown?: string | ((err: unknown, values: V) => string);
  /** After the outcome, whichever it was (closes a confirmation dialog). */
  onSettled?: (values: V) => void;
}

/**
 * Calls a server action from a form or a button, one call at a time: a synchronous lock (a double
 * click lands before React re-renders the disabled button) so a double submit does one thing. The
 * alert (`error`) and the notice clear when a call starts; pending lasts until it is answered.
 */
export function useActionSubmit<V = void, T = unknown>({
  action,
  onSuccess,
  onFailure = (error) => error.message,
  thrown,
  onSettled,
}: ActionSubmitOptions<V, T>) {
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = (values: V) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setError(null);
    setNotice(null);
    startTransition(async () => {
      try {
        const result = await action(values);
        if (!result) return;
        if (result.ok) setNotice(onSuccess?.(result.data, values) || null);
        else setError(onFailure(result.error, values));
      } catch (err) {
        unstable_rethrow(err);
        if (thrown === undefined) throw err;
        setError(typeof thrown === "string" ? thrown : thrown(err, values));
      } finally {
        inFlight.current = false;
        onSettled?.(values);
      }
    });
  };
  return { pending, error, setError, notice, submit };
}
