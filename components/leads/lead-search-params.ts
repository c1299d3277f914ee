// The leads page keeps its whole view in the URL (filters, sort, cursor) so a view can be shared.

export const LEAD_FILTER_KEYS = [
  "q",
  "status",
  "stage",
  "min_score",
  "max_score",
  "has_email",
  "has_phone",
  "job_id",
  "from",
  "to",
] as const;
export const LEAD_PARAM_KEYS = [...LEAD_FILTER_KEYS, "sort", "cursor"] as const;
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

export function leadsQueryString(params: LeadParams, keys: readonly string[] = LEAD_PARAM_KEYS) {
  const qs = new URLSearchParams();
  for (const key of keys) {
    const v = params[key as keyof LeadParams];
    if (v) qs.set(key, v);
  }
  return qs.toString();
}

export function leadsHref(params: LeadParams, change: LeadParams = {}): string {
  const s = leadsQueryString({ ...params, ...change });
  return s ? `/leads?${s}` : "/leads";
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The URL's day filters as the API's instants (UTC): `from` is the start of its day, `to` takes
 * its whole day in. Anything that is not a plain day is passed on for the API to refuse.
 */
function instantOf(day: string | undefined, end: boolean): string | undefined {
  if (!day) return undefined;
  if (!DAY.test(day)) return day;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return day;
  return new Date(t + (end ? 86_400_000 : 0)).toISOString();
}

/** The API's list query (ListLeadsQuery) for the page's URL. */
export function listQueryOf(p: LeadParams) {
  const { from, to, ...rest } = p;
  return {
    ...rest,
    created_after: instantOf(from, false),
    created_before: instantOf(to, true),
  };
}

/** The export route's query: the same filters and order, without the page's cursor. */
export function exportQueryOf(p: LeadParams): string {
  const q = listQueryOf({ ...p, cursor: undefined });
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) qs.set(k, v);
  return qs.toString();
}

/** Field errors from the API's names back onto the filter form's inputs. */
export function filterErrorsOf(fields: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(fields)) {
    const key = k === "created_after" ? "from" : k === "created_before" ? "to" : k;
    (out[key] ??= []).push(...v);
  }
  return out;
}
