import { Skeleton } from "@/components/ui/skeleton";

/**
 * A header and table-shaped placeholder, sized like the page it stands in for (no layout jump).
 * `filters` adds the leads page's filter grid above the table.
 */
export function TableSkeleton({
  label,
  rows = 8,
  filters = false,
}: {
  label: string;
  rows?: number;
  filters?: boolean;
}) {
  return (
    <div role="status" aria-label={label} className="space-y-8">
      <div className="space-y-2 border-b border-zinc-200 pb-5 dark:border-zinc-800">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-80" />
      </div>
      {filters && (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-16" />
          ))}
        </div>
      )}
      <div className="space-y-2">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    </div>
  );
}
