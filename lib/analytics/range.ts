import { validationError } from "@/lib/errors";
import { DEFAULT_PRESET, ZRangeQuerySchema, type DateRange, type RangePreset } from "./schemas";

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const PRESET_DAYS: Record<RangePreset, number> = { "7d": 7, "30d": 30, "90d": 90 };

/**
 * The URL's range as whole UTC days: a preset ends today, a custom range is taken as given.
 * Bad input (an unreal date, an end before the start, more than a year) is a 422 naming the field.
 */
export function resolveRange(query: Record<string, unknown>, now = new Date()): DateRange {
  const parsed = ZRangeQuerySchema.safeParse({
    range: query.range || undefined,
    from: query.from || undefined,
    to: query.to || undefined,
  });
  if (!parsed.success) throw validationError(parsed.error, "The date range is invalid");
  const { range, from, to } = parsed.data;
  if (from && to && (range === "custom" || !range)) return { preset: "custom", from, to };
  const preset = range && range !== "custom" ? range : DEFAULT_PRESET;
  const start = new Date(now.getTime() - (PRESET_DAYS[preset] - 1) * DAY_MS);
  return { preset, from: dayOf(start), to: dayOf(now) };
}

/** The instants a range covers: [start, end), end being midnight after its last day. */
export function rangeBounds(range: DateRange): { start: Date; end: Date } {
  const start = new Date(`${range.from}T00:00:00.000Z`);
  const end = new Date(Date.parse(`${range.to}T00:00:00.000Z`) + DAY_MS);
  return { start, end };
}

/** The range as URL parameters, for links that keep it (CSV downloads, the picker). */
export function rangeParams(range: DateRange): Record<string, string> {
  return range.preset === "custom"
    ? { range: "custom", from: range.from, to: range.to }
    : { range: range.preset };
}
