import type { Signal } from "../schemas/qualification";
import { strongestByType } from "../rules/facts";
import { SIGNAL_PATTERNS } from "./patterns";

// Buying and intent signals in one text (and its URL), each with the snippet that shows it.

const RADIUS = 60;

function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - RADIUS);
  const to = Math.min(text.length, end + RADIUS);
  const body = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${body}${to < text.length ? "…" : ""}`;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url; // not an absolute URL: match what we were given
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function detectSignals(content: string, url?: string): Signal[] {
  const out: Signal[] = [];
  const path = url ? pathOf(url) : undefined;
  for (const t of SIGNAL_PATTERNS) {
    let best: { weight: number; evidence: string } | undefined;
    let hits = 0;
    if (content && t.any.test(content)) {
      for (const p of t.text) {
        p.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = p.re.exec(content)) !== null && hits < 20) {
          hits++;
          if (!best || p.weight > best.weight)
            best = { weight: p.weight, evidence: around(content, m.index, m.index + m[0].length) };
          if (m[0].length === 0) p.re.lastIndex++;
        }
      }
    }
    if (url && path !== undefined) {
      for (const p of t.url) {
        if (p.re.test(path)) {
          hits++;
          if (!best || p.weight > best.weight) best = { weight: p.weight, evidence: url };
        }
      }
    }
    if (best) {
      const strength = round2(Math.min(1, best.weight + 0.05 * (hits - 1)));
      out.push({
        type: t.type,
        strength,
        evidence: best.evidence,
        ...(url ? { sourceUrl: url } : {}),
      });
    }
  }
  return out;
}

/** The strongest signal of each type over every page of a lead. */
export function detectLeadSignals(
  pages: { url: string; text: string; title?: string }[] | undefined,
): Signal[] {
  const out: Signal[] = [];
  for (const page of pages ?? [])
    out.push(...detectSignals(page.title ? `${page.title}\n${page.text}` : page.text, page.url));
  return Object.values(strongestByType(out));
}
