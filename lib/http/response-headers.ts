// Reading response headers the way browsers do, because hostile and sloppy servers send them
// duplicated, combined or in raw UTF-8.

export function flattenHeaders(
  h: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

/**
 * The Content-Type that counts when a server sent several (as separate headers or one combined
 * value): the last one with a type/subtype, as the Fetch standard's "extract a MIME type" does.
 */
export function effectiveContentType(raw: string | string[] | undefined): string | undefined {
  const values = (Array.isArray(raw) ? raw : [raw ?? ""]).flatMap((v) => v.split(","));
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i]!.trim();
    if (/^[^\s/;]+\/[^\s/;]+/.test(value)) return value;
  }
  return undefined;
}

/** Media type without parameters, lowercased ("" when there is none). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * undici hands header bytes over as latin1. Servers that put a raw UTF-8 path in Location
 * ("/über-uns") mean UTF-8, and browsers read it so; anything that is not valid UTF-8 stays as
 * it came.
 */
export function decodeLocation(raw: string | string[] | undefined): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || !/[\u0080-\u00ff]/.test(value)) return value;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(value, "latin1"));
  } catch {
    return value;
  }
}
