// One bucket scale for headcount whichever provider reported it (LinkedIn's own ranges).
const BUCKETS: [number, string][] = [
  [10, "1-10"],
  [50, "11-50"],
  [200, "51-200"],
  [500, "201-500"],
  [1_000, "501-1000"],
  [5_000, "1001-5000"],
  [10_000, "5001-10000"],
];

export function bucketOf(count: number): string | undefined {
  if (!Number.isFinite(count) || count < 1) return undefined;
  for (const [max, label] of BUCKETS) if (count <= max) return label;
  return "10001+";
}

/** "11-50", "11 to 50", "10,001+", 42 or { minValue, maxValue } → a bucket label. */
export function employeeRangeOf(value: unknown): string | undefined {
  if (typeof value === "number") return bucketOf(value);
  if (typeof value === "string") {
    const nums =
      value
        .replace(/[,.\s](?=\d{3}\b)/g, "")
        .match(/\d+/g)
        ?.map(Number) ?? [];
    if (nums.length === 0) return undefined;
    // For a range, the upper bound decides the bucket; "10001+" has only a lower one.
    return bucketOf(nums.length > 1 ? nums[1]! : nums[0]!);
  }
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const n = Number(o.value ?? o.maxValue ?? o.minValue);
    return Number.isFinite(n) ? bucketOf(n) : undefined;
  }
  return undefined;
}
