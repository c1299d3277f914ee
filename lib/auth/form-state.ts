import type { ActionResult } from "@/lib/actions/result";
import { toAppError } from "@/lib/errors";
import { log } from "@leadscout/log";

/**
 * What the sign-in and sign-up actions hand back. `values` echoes what was typed (never the
 * password) so a form posted without JavaScript re-renders filled in.
 */
export type AuthFormState =
  (ActionResult<{ notice?: string }> & { values?: Record<string, string> }) | null;

export function failure(err: unknown, values: Record<string, string>): AuthFormState {
  const { code, message, fields } = toAppError(err);
  if (code === "internal") log.error("auth.action_failed", { err });
  return { ok: false, error: { code, message, fields }, values };
}

export function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}
