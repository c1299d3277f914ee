import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionError } from "./result";

/**
 * Shows a failed action's field errors under the matching inputs (focusing the first) and
 * returns the message for the form as a whole, or null when every problem belongs to a field
 * the form has. Errors for fields the form does not show stay in the returned message.
 */
export function applyActionError<T extends FieldValues>(
  error: ActionError,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): string | null {
  const entries = Object.entries(error.fields ?? {});
  const shown = entries.filter(([name]) => fieldNames.includes(name));
  shown.forEach(([name, messages], i) =>
    setError(
      name as Path<T>,
      { type: "server", message: messages.join(" ") },
      { shouldFocus: i === 0 },
    ),
  );
  const allShown = entries.length > 0 && shown.length === entries.length;
  return allShown && error.code === "validation_failed" ? null : error.message;
}
