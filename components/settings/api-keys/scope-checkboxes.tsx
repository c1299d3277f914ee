import type { UseFormRegisterReturn } from "react-hook-form";
import type { ApiScope } from "@/lib/db";

export const SCOPE_INFO: Record<ApiScope, { label: string; detail: string }> = {
  read: { label: "Read", detail: "List and fetch jobs, leads, credits" },
  write: { label: "Write", detail: "Create and cancel jobs, update leads" },
  delete: { label: "Delete", detail: "Delete leads" },
};

/** The scope choices as one named group of checkboxes; zod's error shows under the group. */
export function ScopeCheckboxes({
  register,
  error,
}: {
  register: UseFormRegisterReturn<"scopes">;
  error?: string;
}) {
  return (
    <fieldset
      className="space-y-2"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? "scopes-error" : undefined}
    >
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Scopes</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {(Object.keys(SCOPE_INFO) as ApiScope[]).map((scope) => (
          <label key={scope} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              value={scope}
              className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
              {...register}
            />
            <span>
              <span className="font-medium">{SCOPE_INFO[scope].label}</span>
              <span className="block text-xs text-zinc-500">{SCOPE_INFO[scope].detail}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id="scopes-error" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
