import { numberFormat } from "./format";

/** processed/total as a native progressbar role, with the figures in text beside it. */
export function JobProgressBar({
  processed,
  total,
  label,
}: {
  processed: number;
  total: number;
  label: string;
}) {
  const percent = total ? Math.floor((processed / total) * 100) : 0;
  return (
    <div className="flex min-w-32 items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={processed}
        aria-valuetext={`${processed} of ${total} URLs processed`}
        className="h-2 flex-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
        {numberFormat.format(processed)}/{numberFormat.format(total)}
      </span>
    </div>
  );
}
