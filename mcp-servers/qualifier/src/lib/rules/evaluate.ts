import { compileSafeRegex } from "./safe-regex";
import { resolvePath, type Facts, type Leaf } from "./facts";
import type { Condition } from "./schema";

// A rule's condition compiled once into a closure: scoring 100,000 leads must not re-parse paths
// or patterns per lead. Each check returns the evidence that made it true, so reasons can show it.

export interface Outcome {
  ok: boolean;
  evidence: string[];
}

export type CompiledCondition = (facts: Facts) => Outcome;

const SNIPPET_RADIUS = 50;
const MAX_EVIDENCE = 160;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_EVIDENCE ? `${flat.slice(0, MAX_EVIDENCE - 1)}…` : flat;
}

/** A readable window around [start, end) of a long text; short values are shown whole. */
export function snippet(text: string, start: number, end: number): string {
  if (text.length <= MAX_EVIDENCE) return clip(text);
  const from = Math.max(0, start - SNIPPET_RADIUS);
  const to = Math.min(text.length, end + SNIPPET_RADIUS);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ").trim()}${to < text.length ? "…" : ""}`;
}

/** The matched value, with its context ("Jane Doe (CEO)") when the context says more. */
function leafEvidence(leaf: Leaf, shown: string): string {
  const ctx = leaf.evidence;
  if (!ctx || ctx === shown) return clip(shown);
  if (ctx.toLowerCase().includes(shown.toLowerCase())) return clip(ctx);
  return clip(shown.length <= 60 ? `${shown} — ${ctx}` : shown);
}

const NONE: Outcome = { ok: false, evidence: [] };

function anyLeaf(path: string[], test: (leaf: Leaf) => string | undefined): CompiledCondition {
  return (facts) => {
    const evidence: string[] = [];
    for (const leaf of resolvePath(facts, path)) {
      const ev = test(leaf);
      if (ev !== undefined) evidence.push(ev);
      if (evidence.length >= 3) break;
    }
    return evidence.length ? { ok: true, evidence } : NONE;
  };
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function sameScalar(a: unknown, b: string | number | boolean): boolean {
  if (typeof a === "string" && typeof b === "string")
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  if (typeof b === "number") return asNumber(a) === b;
  return a === b;
}

export function compileCondition(cond: Condition): CompiledCondition {
  switch (cond.op) {
    case "equals": {
      const path = cond.field.split(".");
      return anyLeaf(path, (l) =>
        sameScalar(l.value, cond.value) ? leafEvidence(l, String(l.value)) : undefined,
      );
    }
    case "in": {
      const path = cond.field.split(".");
      return anyLeaf(path, (l) =>
        cond.values.some((v) => sameScalar(l.value, v))
          ? leafEvidence(l, String(l.value))
          : undefined,
      );
    }
    case "contains": {
      const path = cond.field.split(".");
      const needle = cond.value.toLowerCase();
      return anyLeaf(path, (l) => {
        const text = asText(l.value);
        const at = text?.toLowerCase().indexOf(needle) ?? -1;
        return text !== undefined && at >= 0
          ? leafEvidence(l, snippet(text, at, at + needle.length))
          : undefined;
      });
    }
    case "matches": {
      const path = cond.field.split(".");
      const re = compileSafeRegex(cond.pattern, cond.caseSensitive ?? false);
      return anyLeaf(path, (l) => {
        const text = asText(l.value);
        if (text === undefined) return undefined;
        const m = re.matcher(text);
        return m.find() ? leafEvidence(l, snippet(text, m.start(), m.end())) : undefined;
      });
    }
    case "exists": {
      const path = cond.field.split(".");
      return anyLeaf(path, (l) => {
        const v = l.value;
        if (v === "" || v === false) return undefined;
        if (l.evidence) return clip(l.evidence);
        return typeof v === "object" ? cond.field : clip(String(v));
      });
    }
    case "gte":
    case "lte": {
      const path = cond.field.split(".");
      const want = cond.value;
      const ge = cond.op === "gte";
      return anyLeaf(path, (l) => {
        const n = asNumber(l.value);
        if (n === undefined || (ge ? n < want : n > want)) return undefined;
        return l.evidence ? clip(l.evidence) : `${cond.field} = ${n}`;
      });
    }
    case "and": {
      const parts = cond.conditions.map(compileCondition);
      return (facts) => {
        const evidence: string[] = [];
        for (const p of parts) {
          const r = p(facts);
          if (!r.ok) return NONE;
          evidence.push(...r.evidence);
        }
        return { ok: true, evidence };
      };
    }
    case "or": {
      const parts = cond.conditions.map(compileCondition);
      return (facts) => {
        for (const p of parts) {
          const r = p(facts);
          if (r.ok) return r;
        }
        return NONE;
      };
    }
    case "not": {
      const inner = compileCondition(cond.condition);
      const absent = `no ${describe(cond.condition)}`;
      return (facts) => (inner(facts).ok ? NONE : { ok: true, evidence: [absent] });
    }
  }
}

/** Short words for a condition, used as evidence when a `not` holds (nothing to quote). */
export function describe(cond: Condition): string {
  switch (cond.op) {
    case "and":
      return cond.conditions.map(describe).join(" and ");
    case "or":
      return cond.conditions.map(describe).join(" or ");
    case "not":
      return `not ${describe(cond.condition)}`;
    case "exists":
      return cond.field;
    case "matches":
      return `${cond.field} matching /${cond.pattern}/`;
    case "in":
      return `${cond.field} in [${cond.values.join(", ")}]`;
    case "gte":
      return `${cond.field} ≥ ${cond.value}`;
    case "lte":
      return `${cond.field} ≤ ${cond.value}`;
    default:
      return `${cond.field} ${cond.op} ${String(cond.value)}`;
  }
}
