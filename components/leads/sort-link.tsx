import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { leadsHref, type LeadParams } from "./lead-search-params";

export type SortColumn = "score" | "created_at";

/** Where a click on `column` leads: descending first, then toggling; and the icon for now. */
export function sortTarget(column: SortColumn, params: LeadParams) {
  const sort = params.sort ?? "-created_at";
  const active = sort.replace("-", "") === column;
  const desc = sort.startsWith("-");
  const next = active && desc ? column : `-${column}`;
  return {
    href: leadsHref(params, { sort: next, cursor: undefined }),
    next,
    Icon: !active ? ArrowUpDown : desc ? ArrowDown : ArrowUp,
  };
}

/**
 * A link that sorts by `column`, named for what it will do. It sits in the bar above the table,
 * so the table's own links are the leads; the column header mirrors it for the mouse.
 */
export function SortLink({
  column,
  label,
  params,
}: {
  column: SortColumn;
  label: string;
  params: LeadParams;
}) {
  const { href, next, Icon } = sortTarget(column, params);
  return (
    <Link
      href={href}
      className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Sort by ${label}, ${next.startsWith("-") ? "highest or newest first" : "lowest or oldest first"}`}
    >
      {label}
      <Icon aria-hidden className="size-3" />
    </Link>
  );
}
