import { clsx } from "clsx";
import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";

export type SelectProps = ComponentProps<"select"> & { wrapperClassName?: string };

/** A native select styled like Input: keyboard and screen-reader behaviour come for free. */
export function Select({ className, wrapperClassName, children, ...rest }: SelectProps) {
  return (
    <div className={clsx("relative", wrapperClassName)}>
      <select
        className={clsx(
          "block h-10 w-full appearance-none rounded-md border border-zinc-300 bg-white pr-9 pl-3 text-sm text-zinc-900 shadow-xs",
          "focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none",
          "disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-red-500",
          "dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100",
          className,
        )}
        {...rest}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-zinc-500"
      />
    </div>
  );
}
