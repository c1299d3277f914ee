import { Skeleton } from "@/components/ui/skeleton";

/** A header and table-shaped placeholder, sized like the page it stands in for (no layout jump). */
export function TableSkeleton({ label, rows = 8 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-label={label} className="space-y-8">
      <div className="space-y-2 border-b border-zinc-200 pb-5 dark:border-zinc-800">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-80" />
      </div>
      <div className="space-y-2">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    </div>
  );
}
