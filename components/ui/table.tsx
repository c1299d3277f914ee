import type { ComponentProps, ReactNode } from "react";

// The data table look shared by the jobs, job URLs and leads tables: bordered, scrolling sideways
// on narrow screens, with a caption for screen readers and small uppercase column headers.

export function Table({
  caption,
  footer,
  children,
}: {
  caption: ReactNode;
  /** Shown under the rows, inside the border (e.g. "showing the first 100"). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
      {footer}
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="bg-zinc-50 text-xs text-zinc-600 uppercase dark:bg-zinc-900 dark:text-zinc-400">
      <tr>{children}</tr>
    </thead>
  );
}

/** A column header; numeric columns align right. */
export function Th({ align, ...props }: ComponentProps<"th"> & { align?: "right" }) {
  return (
    <th
      scope="col"
      className={align === "right" ? "px-3 py-2 text-right" : "px-3 py-2"}
      {...props}
    />
  );
}
