import { AppError } from "@/lib/errors";
import { refuseUnstorableText } from "@/lib/errors/unstorable-text";

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
  const bytes = await readStreamCapped(req.body, MAX_BODY_BYTES, tooLarge);
  let text: string;
  try {
    text = UTF8.decode(bytes);
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
  refuseUnstorableText(value, "the body");
  return value;
}

/**
 * A body's bytes, counted as they arrive: past `max` the stream is cancelled and `tooLarge()` is
 * thrown, so a lying or absent Content-Length never makes us buffer more than `max`.
 */
export async function readStreamCapped(
  body: ReadableStream<Uint8Array>,
  max: number,
  tooLarge: () => Error,
): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
