import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
}: {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center justify-center gap-3 rounded-xl border border-dashed border-zinc-300 px-6 py-10 text-center dark:border-zinc-700">
      <span className="inline-flex size-10 items-center justify-center rounded-full bg-zinc-100 dark:bg-zinc-800">
        <Icon aria-hidden className="size-5 text-zinc-500" />
      </span>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">{title}</h3>
        {children && (
          <div className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">{children}</div>
        )}
      </div>
      {action}
    </div>
  );
}
