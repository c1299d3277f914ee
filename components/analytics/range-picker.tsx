import { clsx } from "clsx";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RANGE_PRESETS, type DateRange } from "@/lib/analytics/schemas";

const PRESET_LABEL = { "7d": "7 days", "30d": "30 days", "90d": "90 days" } as const;

/**
 * The date range, kept in the URL: preset links (the last 7, 30 or 90 days) and a custom
 * from/to form that submits as a plain GET, so it works before (or without) JavaScript.
 */
export function RangePicker({
  path,
  range,
  errors,
}: {
  path: string;
  range: DateRange;
  errors?: Record<string, string[]>;
}) {
  const error = errors && Object.values(errors).flat()[0];
  return (
    <div className="flex flex-wrap items-end gap-4">
      <nav aria-label="Date range presets" className="flex gap-1">
        {RANGE_PRESETS.map((p) => (
          <Link
            key={p}
            href={`${path}?range=${p}`}
            aria-current={range.preset === p ? "true" : undefined}
            className={clsx(
              "rounded-md border px-3 py-1.5 text-sm font-medium",
              range.preset === p
                ? "border-zinc-900 bg-zinc-900 text-white dark:border-zinc-100 dark:bg-zinc-100 dark:text-zinc-900"
                : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
            )}
          >
            Last {PRESET_LABEL[p]}
          </Link>
        ))}
      </nav>
      <form
        method="get"
        action={path}
        aria-label="Custom date range"
        className="flex flex-wrap items-end gap-2"
      >
        <input type="hidden" name="range" value="custom" />
        <div className="space-y-1">
          <Label htmlFor="range-from">From</Label>
          <Input
            id="range-from"
            name="from"
            type="date"
            required
            defaultValue={range.from}
            aria-invalid={errors?.from ? true : undefined}
            className="h-9 w-40"
          />
        </div>
        <div className="space-y-1">
          <Label htmlFor="range-to">To</Label>
          <Input
            id="range-to"
            name="to"
            type="date"
            required
            defaultValue={range.to}
            aria-invalid={errors?.to ? true : undefined}
            className="h-9 w-40"
          />
        </div>
        <Button type="submit" variant="secondary" size="sm" className="h-9">
          Apply range
        </Button>
      </form>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {error} The last 30 days are shown instead.
        </p>
      )}
    </div>
  );
}
