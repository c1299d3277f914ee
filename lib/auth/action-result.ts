import { toAppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";

/** What the sign-in and sign-up actions hand back to their forms when they do not redirect. */
export type AuthActionResult =
  | { ok: true; message?: string }
  | { ok: false; code: ErrorCode; message: string; fields?: FieldErrors };

export function authActionFailure(err: unknown): AuthActionResult {
  const appError = toAppError(err);
  if (appError.code === "internal") log.error("auth.action_failed", { err });
  return { ok: false, code: appError.code, message: appError.message, fields: appError.fields };
}
