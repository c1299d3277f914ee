// Client-safe formatting for the analytics charts and their tables.

/** "Mar 5" for a UTC day (YYYY-MM-DD). */
export const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en", {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });

/** "Mar 1 – Mar 30, 2026" */
export function rangeLabel(from: string, to: string): string {
  const year = new Date(`${to}T00:00:00Z`).getUTCFullYear();
  return `${dayLabel(from)} – ${dayLabel(to)}, ${year}`;
}

/** A fraction as a percentage, or a dash when there is nothing to divide. */
export const percent = (r: number | null) => (r === null ? "—" : `${Math.round(r * 1000) / 10}%`);
