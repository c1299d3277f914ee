import { compileSafeRegex } from "./safe-regex";
import { describeItem, visitPath, type Facts } from "./facts";
import type { Condition } from "./schema";

// A rule's condition compiled once into a closure: scoring 100,000 leads must not re-parse paths
// or patterns per lead. Each check returns the evidence that made it true, so reasons can show it.

export interface Outcome {
  ok: boolean;
  evidence: string[];
}

export type CompiledCondition = (facts: Facts) => Outcome;

type Item = Record<string, unknown> | undefined;

const SNIPPET_RADIUS = 50;
const MAX_EVIDENCE = 160;
const MAX_QUOTES = 3;

// Most values (emails, titles, URLs) need no flattening; testing first spares a copy of each.
const NEEDS_FLATTENING = /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/;

function clip(text: string): string {
  const flat = NEEDS_FLATTENING.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  return flat.length > MAX_EVIDENCE ? `${flat.slice(0, MAX_EVIDENCE - 1)}…` : flat;
}

/** A readable window around [start, end) of a long text; short values are shown whole. */
export function snippet(text: string, start: number, end: number): string {
  if (text.length <= MAX_EVIDENCE) return clip(text);
  const from = Math.max(0, start - SNIPPET_RADIUS);
  const to = Math.min(text.length, end + SNIPPET_RADIUS);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ").trim()}${to < text.length ? "…" : ""}`;
}

/** The matched value, with its item's context ("Jane Doe (CEO)") when that says more. */
function leafEvidence(item: Item, shown: string): string {
  const ctx = describeItem(item);
  if (!ctx || ctx === shown) return clip(shown);
  if (ctx.toLowerCase().includes(shown.toLowerCase())) return clip(ctx);
  return clip(shown.length <= 60 ? `${shown} — ${ctx}` : shown);
}

const NONE: Outcome = { ok: false, evidence: [] };

/**
 * True when any value at the path passes `test` (which returns the evidence to quote). The
 * visitor and its buffer are made once per compiled condition: evaluation is synchronous and
 * never re-enters the same condition, so one buffer is safe and saves an allocation per lead.
 */
function anyLeaf(
  field: string,
  test: (value: unknown, item: Item) => string | undefined,
): CompiledCondition {
  const path = field.split(".");
  let found: string[] | undefined;
  const visit = (value: unknown, item: Item): boolean => {
    const ev = test(value, item);
    if (ev === undefined) return false;
    (found ??= []).push(ev);
    return found.length >= MAX_QUOTES;
  };
  return (facts) => {
    found = undefined;
    visitPath(facts, path, visit);
    return found ? { ok: true, evidence: found } : NONE;
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
    case "equals":
      return anyLeaf(cond.field, (v, item) =>
        sameScalar(v, cond.value) ? leafEvidence(item, String(v)) : undefined,
      );
    case "in":
      return anyLeaf(cond.field, (v, item) =>
        cond.values.some((x) => sameScalar(v, x)) ? leafEvidence(item, String(v)) : undefined,
      );
    case "contains": {
      const needle = cond.value.toLowerCase();
      return anyLeaf(cond.field, (v, item) => {
        const text = asText(v);
        const at = text === undefined ? -1 : text.toLowerCase().indexOf(needle);
        return at >= 0 ? leafEvidence(item, snippet(text!, at, at + needle.length)) : undefined;
      });
    }
    case "matches": {
      const re = compileSafeRegex(cond.pattern, cond.caseSensitive ?? false);
      return anyLeaf(cond.field, (v, item) => {
        const text = asText(v);
        // test() runs on RE2's DFA; the far slower matcher is only needed to locate a hit in a
        // text too long to quote whole.
        if (text === undefined || !re.test(text)) return undefined;
        if (text.length <= MAX_EVIDENCE) return leafEvidence(item, text);
        const m = re.matcher(text);
        return leafEvidence(item, m.find() ? snippet(text, m.start(), m.end()) : clip(text));
      });
    }
    case "exists":
      return anyLeaf(cond.field, (v, item) => {
        if (v === "" || v === false) return undefined;
        const ctx = describeItem(item);
        if (ctx) return clip(ctx);
        return typeof v === "object" ? cond.field : clip(String(v));
      });
    case "gte":
    case "lte": {
      const want = cond.value;
      const ge = cond.op === "gte";
      return anyLeaf(cond.field, (v, item) => {
        const n = asNumber(v);
        if (n === undefined || (ge ? n < want : n > want)) return undefined;
        return describeItem(item) ?? `${cond.field} = ${n}`;
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
