import type { ErrorCode, FieldErrors } from "@/lib/errors";

// What every server action hands back to its form. Plain data, so it crosses the server/client
// boundary as is; a form shows `fields` under its inputs and `message` above them.
export interface ActionError {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
