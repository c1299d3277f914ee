// When each attempt of a delivery happens, counted from the previous attempt. Overridable with
// WEBHOOK_RETRY_SCHEDULE (e.g. "0s,1s,2s") for tests and demos.
export const DEFAULT_RETRY_SCHEDULE = "0s,5s,5m,30m,2h,5h,10h,10h";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "0s,5s,5m" → [0, 5000, 300000]; throws on anything else so a typo fails at start, not later. */
export function parseRetrySchedule(spec: string): number[] {
  const parts = spec.split(",").map((p) => p.trim());
  const delays = parts.map((p) => {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(p);
    if (!m) throw new Error(`"${p}" is not a delay like 0s, 100ms, 5m or 2h`);
    return Math.round(Number(m[1]) * UNIT_MS[m[2]!]!);
  });
  if (delays.length < 1 || delays.length > 20) throw new Error("Between 1 and 20 attempts");
  return delays;
}
