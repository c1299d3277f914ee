// The leads page keeps its whole view in the URL (filters, sort, cursor) so a view can be shared.

export const LEAD_PARAM_KEYS = [
  "q",
  "status",
  "stage",
  "min_score",
  "max_score",
  "has_email",
  "has_phone",
  "job_id",
  "sort",
  "cursor",
] as const;
export type LeadParams = Partial<Record<(typeof LEAD_PARAM_KEYS)[number], string>>;

/** Known, non-empty parameters only: an empty select in the filter form means "any". */
export function leadParamsOf(search: Record<string, string | string[] | undefined>): LeadParams {
  const out: LeadParams = {};
  for (const key of LEAD_PARAM_KEYS) {
    const raw = search[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

export function leadsHref(params: LeadParams, change: LeadParams = {}): string {
  const merged: LeadParams = { ...params, ...change };
  const qs = new URLSearchParams();
  for (const key of LEAD_PARAM_KEYS) {
    const v = merged[key];
    if (v) qs.set(key, v);
  }
  const s = qs.toString();
  return s ? `/leads?${s}` : "/leads";
}
