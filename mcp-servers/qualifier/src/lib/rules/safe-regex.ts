import { RE2JS } from "re2js";

// User-written patterns run on RE2 (linear time, no backtracking), so a rule like "(a+)+$" cannot
// stall the server whatever text it meets. RE2 has no backreferences or lookaround: such patterns
// are rejected when the rule set is validated, with RE2's own message.

export const MAX_PATTERN_LENGTH = 500;

const cache = new Map<string, RE2JS>();

export function compileSafeRegex(pattern: string, caseSensitive = false): RE2JS {
  const key = `${caseSensitive ? "s" : "i"}:${pattern}`;
  let re = cache.get(key);
  if (!re) {
    re = RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    if (cache.size > 1000) cache.clear();
    cache.set(key, re);
  }
  return re;
}

/** Returns a readable problem with the pattern, or undefined when it compiles under RE2. */
export function safeRegexProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    compileSafeRegex(pattern);
    return undefined;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return `pattern is not a supported regular expression (RE2 syntax, linear time: no backreferences or lookaround): ${detail}`;
  }
}

/** First match of pattern in text as [start, end), or undefined. */
export function findSafe(
  pattern: string,
  text: string,
  caseSensitive = false,
): [number, number] | undefined {
  const m = compileSafeRegex(pattern, caseSensitive).matcher(text);
  return m.find() ? [m.start(), m.end()] : undefined;
}
