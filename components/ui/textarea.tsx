import { clsx } from "clsx";
import type { ComponentProps } from "react";

/** A multi-line input styled like Input (FormField wires its label and errors). */
export function Textarea({ className, ...rest }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={clsx(
        "block min-h-24 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs",
        "placeholder:text-zinc-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none",
        "disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-red-500",
        "dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100",
        className,
      )}
      {...rest}
    />
  );
}
