import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/**
 * Keyset paging for a table on a page with several: only this table's parameter changes, the
 * others' cursors are kept so paging one table does not reset another.
 */
export function Pager({
  label,
  param,
  next,
  current,
  params,
}: {
  label: string;
  param: string;
  next: string | null;
  current: string | undefined;
  params: Record<string, string | undefined>;
}) {
  if (!next && !current) return null;
  const href = (cursor: string | undefined) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, [param]: cursor })) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `?${s}` : "?";
  };
  return (
    <nav aria-label={label} className="flex justify-end gap-4 pt-3 text-sm font-medium">
      {current && (
        <Link href={href(undefined)} scroll={false} className="text-brand-600 hover:underline">
          Newest
        </Link>
      )}
      {next && (
        <Link
          href={href(next)}
          scroll={false}
          rel="next"
          className="text-brand-600 hover:underline"
        >
          Older
        </Link>
      )}
    </nav>
  );
}

/** A paged table: a note when the requested page was stale, the table, then the page links. */
export function Paged({
  stale,
  staleText,
  children,
  ...pager
}: Parameters<typeof Pager>[0] & { stale: boolean; staleText: string; children: ReactNode }) {
  return (
    <>
      {stale && <Alert className="mb-3">{staleText}</Alert>}
      {children}
      <Pager {...pager} />
    </>
  );
}
