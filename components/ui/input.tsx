import { clsx } from "clsx";
import type { ComponentProps } from "react";

export type InputProps = ComponentProps<"input">;

/** A text input; pass aria-invalid to show the error state (FormField does this for you). */
export function Input({ className, type = "text", ...rest }: InputProps) {
  return (
    <input
      type={type}
      className={clsx(
        "block h-10 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 shadow-xs",
        "placeholder:text-zinc-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none",
        "disabled:cursor-not-allowed disabled:opacity-60",
        "aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/30",
        "dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100",
        className,
      )}
      {...rest}
    />
  );
}
