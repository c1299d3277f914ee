import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { leadsHref, type LeadParams } from "./lead-search-params";

/** A column header that sorts by `column`, descending first, toggling on each click. */
export function SortLink({
  column,
  label,
  params,
}: {
  column: "score" | "created_at";
  label: string;
  params: LeadParams;
}) {
  const sort = params.sort ?? "-created_at";
  const active = sort.replace("-", "") === column;
  const desc = sort.startsWith("-");
  const next = active && desc ? column : `-${column}`;
  const Icon = !active ? ArrowUpDown : desc ? ArrowDown : ArrowUp;
  return (
    <Link
      href={leadsHref(params, { sort: next, cursor: undefined })}
      className="inline-flex items-center gap-1 hover:underline"
      aria-label={`Sort by ${label}, ${next.startsWith("-") ? "highest or newest first" : "lowest or oldest first"}`}
    >
      {label}
      <Icon aria-hidden className="size-3" />
    </Link>
  );
}
