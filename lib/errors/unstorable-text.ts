import { AppError, type FieldErrors } from "./index";

const NUL = "Must not contain NUL characters";
const LONE_SURROGATE = "Must be valid Unicode text (it holds an unpaired surrogate)";
const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(s: string): string | undefined {
  if (s.includes("\u0000")) return NUL;
  if (UNPAIRED.test(s)) return LONE_SURROGATE;
  return undefined;
}

/** Where a value sits in the body: linked to its parent, so walking a deep body copies nothing. */
interface Place {
  key: string;
  parent: Place | null;
}

function pathOf(place: Place | null): string {
  const keys: string[] = [];
  for (let p = place; p; p = p.parent) keys.push(p.key);
  return keys.reverse().join(".") || "_";
}

// Enough to fix the input by; a 1 MB body of NULs must not answer with megabytes of field errors.
const MAX_REPORTED = 100;

/**
 * Postgres text and jsonb cannot hold NUL, and an unpaired surrogate (legal in a JSON escape) has
 * no UTF-8 form: one would fail the insert with a 500, the other be stored altered. So every
 * string and key of what a caller sent (an API body, a server action's input) is checked once,
 * whatever schema reads it next, and each offending field is named (paths as zod writes them, e.g. `tags.3`). Iterative: bodies may nest deeply.
 */
export function refuseUnstorableText(root: unknown, sent: string): void {
  const fields: FieldErrors = {};
  let found = 0;
  const report = (place: Place | null, problem: string) => {
    if (found++ < MAX_REPORTED) (fields[pathOf(place)] ??= []).push(problem);
  };
  const stack: [unknown, Place | null][] = [[root, null]];
  while (stack.length) {
    const [value, place] = stack.pop()!;
    if (typeof value === "string") {
      const problem = textProblem(value);
      if (problem) report(place, problem);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push([value[i], { key: String(i), parent: place }]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value).reverse()) {
        const problem = textProblem(key);
        // JSON.stringify escapes the NUL or surrogate, so the key can be quoted back safely.
        if (problem) report(place, `Key ${JSON.stringify(key)}: ${problem}`);
        else stack.push([item, { key, parent: place }]);
      }
    }
  }
  if (found)
    throw new AppError(
      "validation_failed",
      found > MAX_REPORTED
        ? `Some text in ${sent} cannot be stored (${found} places, the first ${MAX_REPORTED} listed)`
        : `Some text in ${sent} cannot be stored`,
      { fields },
    );
}
