// Percentiles (nearest rank) and the bench's table rows.

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const p50 = (xs: number[]) => percentile(xs, 50);
export const p95 = (xs: number[]) => percentile(xs, 95);

export const fmt = (ms: number) => (Number.isNaN(ms) ? "n/a" : ms.toFixed(0));

/** "  name    p50 / p95   p50 / p95 …" — one pair per series. */
export function row(name: string, ...series: number[][]): string {
  const cells = series.map((xs) => `${fmt(p50(xs)).padStart(5)} / ${fmt(p95(xs)).padEnd(6)}`);
  return `    ${name.padEnd(28)} ${cells.join("   ")}`;
}
