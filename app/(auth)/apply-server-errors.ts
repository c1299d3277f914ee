import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { AuthActionResult } from "@/lib/auth/action-result";

/**
 * Puts each field error from the server under its input and returns the message for the form as
 * a whole (or null when every problem belongs to a field).
 */
export function applyServerErrors<T extends FieldValues>(
  result: Extract<AuthActionResult, { ok: false }>,
  setError: UseFormSetError<T>,
): string | null {
  const fields = Object.entries(result.fields ?? {}).filter(([name]) => name !== "_");
  fields.forEach(([name, messages], i) =>
    setError(
      name as Path<T>,
      { type: "server", message: messages.join(" ") },
      { shouldFocus: i === 0 },
    ),
  );
  return fields.length > 0 && result.code === "validation_failed" ? null : result.message;
}
