import { Skeleton } from "@/components/ui/skeleton";

/** Card-shaped placeholders sized like a settings page, so nothing jumps when data arrives. */
export function SettingsSkeleton({ label, cards = 2 }: { label: string; cards?: number }) {
  return (
    <div role="status" aria-label={label} className="space-y-6">
      {Array.from({ length: cards }, (_, i) => (
        <div
          key={i}
          className="space-y-4 rounded-xl border border-zinc-200 p-6 dark:border-zinc-800"
        >
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-72" />
          <div className="space-y-2 pt-2">
            <Skeleton className="h-10" />
            <Skeleton className="h-10" />
            <Skeleton className="h-10" />
          </div>
        </div>
      ))}
    </div>
  );
}
