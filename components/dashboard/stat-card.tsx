import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** One figure in a <dl> of figures: label and value are read together. */
export function StatCard({
  label,
  value,
  hint,
  icon: Icon,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  icon: LucideIcon;
}) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-4 shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="flex items-center justify-between text-sm text-zinc-600 dark:text-zinc-400">
        {label}
        <Icon aria-hidden className="size-4" />
      </dt>
      <dd className="mt-2 text-2xl font-semibold tracking-tight tabular-nums">{value}</dd>
      {hint && <dd className="mt-1 text-xs text-zinc-500">{hint}</dd>}
    </div>
  );
}
