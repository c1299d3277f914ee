import { strongestByType } from "../rules/facts";
import type { Signal, SignalType } from "../schemas/qualification";
import { TEXT_GROUPS, TEXT_SCAN, TEXT_SCAN_ANY_CASE, URL_PATTERNS } from "./patterns";

// Buying and intent signals in one text (and its URL), each with the snippet that shows it.

const RADIUS = 60;
const MAX_HITS = 50;

function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - RADIUS);
  const to = Math.min(text.length, end + RADIUS);
  const body = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${body}${to < text.length ? "…" : ""}`;
}

/** The path of an absolute URL (without query or fragment); anything else is matched as given. */
function pathOf(url: string): string {
  const scheme = url.indexOf("://");
  if (scheme < 0) return url;
  const slash = url.indexOf("/", scheme + 3);
  if (slash < 0) return "/";
  const end = url.slice(slash).search(/[?#]/);
  return end < 0 ? url.slice(slash) : url.slice(slash, slash + end);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Best {
  weight: number;
  hits: number;
  start: number;
  end: number;
  url?: boolean;
}

function note(
  best: Map<SignalType, Best>,
  type: SignalType,
  weight: number,
  start: number,
  end: number,
  isUrl: boolean,
): void {
  const prev = best.get(type);
  if (!prev) best.set(type, { weight, hits: 1, start, end, url: isUrl });
  else {
    prev.hits++;
    if (weight > prev.weight) Object.assign(prev, { weight, start, end, url: isUrl });
  }
}

export function detectSignals(content: string, url?: string): Signal[] {
  const best = new Map<SignalType, Best>();
  if (content) {
    const lower = content.toLowerCase();
    const sameLength = lower.length === content.length;
    // Shared regexes are safe here: the scan is synchronous and resets lastIndex first.
    const re = sameLength ? TEXT_SCAN : TEXT_SCAN_ANY_CASE;
    const text = sameLength ? lower : content;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let hits = 0;
    while ((m = re.exec(text)) !== null && hits++ < MAX_HITS) {
      let group = 1;
      while (group < m.length && m[group] === undefined) group++;
      const pattern = TEXT_GROUPS[group - 1];
      if (pattern) note(best, pattern.type, pattern.weight, m.index, m.index + m[0].length, false);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (url) {
    const path = pathOf(url);
    for (const p of URL_PATTERNS) if (p.re.test(path)) note(best, p.type, p.weight, 0, 0, true);
  }
  const out: Signal[] = [];
  for (const [type, b] of best) {
    out.push({
      type,
      strength: round2(Math.min(1, b.weight + 0.05 * (b.hits - 1))),
      evidence: b.url ? url! : around(content, b.start, b.end),
      ...(url ? { sourceUrl: url } : {}),
    });
  }
  return out;
}

/** The strongest signal of each type over every page of a lead. */
export function detectLeadSignals(
  pages: { url: string; text: string; title?: string }[] | undefined,
): Signal[] {
  if (!pages?.length) return [];
  const out: Signal[] = [];
  for (const page of pages)
    out.push(...detectSignals(page.title ? `${page.title}\n${page.text}` : page.text, page.url));
  return pages.length === 1 ? out : Object.values(strongestByType(out));
}
