import { AppError, type FieldErrors } from "@/lib/errors";

export const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = () =>
  new AppError("payload_too_large", `The request body must be at most ${MAX_BODY_BYTES} bytes`);

// JSON is UTF-8 (RFC 8259). Fatal, so bytes in another encoding are refused rather than stored as
// U+FFFD; a leading byte order mark is dropped, as fetch's Body.json() and the RFC allow.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a JSON body of at most 1 MB. Content-Length is checked first, and the stream is counted
 * as it arrives, so a lying or absent length cannot make us buffer more.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw tooLarge();
  const type = req.headers.get("content-type") ?? "";
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type))
    throw new AppError("bad_request", "Send the body as JSON (Content-Type: application/json)");
  if (!req.body) throw new AppError("bad_request", "A JSON body is required");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("bad_request", "The body is not valid UTF-8");
  }
  if (!text.trim()) throw new AppError("bad_request", "A JSON body is required");
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON");
  }
  refuseUnstorableText(value);
  return value;
}

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

// Enough to fix a body by; a 1 MB body of NULs must not answer with megabytes of field errors.
const MAX_REPORTED = 100;

/**
 * Postgres text and jsonb cannot hold NUL, and an unpaired surrogate (legal in a JSON escape) has
 * no UTF-8 form: one would fail the insert with a 500, the other be stored altered. So every
 * string and key of a body is checked once here, whatever schema reads it next, and each offending
 * field is named (paths as zod writes them, e.g. `tags.3`). Iterative: bodies may nest deeply.
 */
function refuseUnstorableText(root: unknown): void {
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
        ? `Some text in the body cannot be stored (${found} places, the first ${MAX_REPORTED} listed)`
        : "Some text in the body cannot be stored",
      { fields },
    );
}
