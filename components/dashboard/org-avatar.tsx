import { clsx } from "clsx";

/** The organization's initial on a colour picked from its id, so each org is recognisable. */
const COLORS = [
  "bg-brand-600",
  "bg-emerald-600",
  "bg-amber-600",
  "bg-rose-600",
  "bg-violet-600",
  "bg-cyan-600",
];

export function OrgAvatar({
  id,
  name,
  className,
}: {
  id: string;
  name: string;
  className?: string;
}) {
  const sum = [...id].reduce((n, c) => n + c.charCodeAt(0), 0);
  return (
    <span
      aria-hidden
      className={clsx(
        "inline-flex size-6 shrink-0 items-center justify-center rounded-md text-xs font-semibold text-white",
        COLORS[sum % COLORS.length],
        className,
      )}
    >
      {name.trim().charAt(0).toUpperCase() || "?"}
    </span>
  );
}
