// Claude scores; it never invents facts. A reason or signal survives only if its evidence can be
// found in what the model was actually shown for that lead (after sanitizing), give or take case,
// whitespace, quote style and "…" between quoted fragments.

export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every string in a JSON value, one per line: the text evidence must come from. */
export function haystackOf(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") parts.push(v);
    else if (typeof v === "number" || typeof v === "boolean") parts.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return normalizeForMatch(parts.join("\n"));
}

export function evidenceFound(evidence: string, normalizedHaystack: string): boolean {
  const fragments = normalizeForMatch(evidence)
    .split(/…|\.\.\./)
    .map((f) =>
      f
        .trim()
        .replace(/^["']|["']$/g, "")
        .trim(),
    )
    .filter((f) => f.length > 0);
  if (fragments.length === 0 || !fragments.some((f) => f.length >= 3)) return false;
  return fragments.every((f) => normalizedHaystack.includes(f));
}
