import { clsx } from "clsx";
import type { ComponentProps } from "react";

const TONES = {
  error:
    "border-red-200 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200",
  success:
    "border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  info: "border-brand-100 bg-brand-50 text-brand-700 dark:border-brand-700/40 dark:bg-brand-700/10 dark:text-brand-100",
} as const;

/** A message box; errors are announced at once (role=alert), the rest politely (role=status). */
export function Alert({
  tone = "info",
  className,
  ...rest
}: ComponentProps<"div"> & { tone?: keyof typeof TONES }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={clsx("rounded-md border px-3 py-2 text-sm", TONES[tone], className)}
      {...rest}
    />
  );
}
