import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export interface CheckboxOption {
  value: string;
  label: string;
  detail?: string;
}

/**
 * A named group of checkboxes for one array field (react-hook-form collects the checked values);
 * the legend names the group and the error is announced with it.
 */
export function CheckboxGroup({
  legend,
  options,
  register,
  error,
}: {
  legend: string;
  options: readonly CheckboxOption[];
  register: UseFormRegisterReturn;
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset
      className="space-y-2"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              value={o.value}
              className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
              {...register}
            />
            <span>
              <span className="font-medium">{o.label}</span>
              {o.detail && <span className="block text-xs text-zinc-500">{o.detail}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
