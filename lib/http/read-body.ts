import { Transform, type Readable } from "node:stream";
import zlib from "node:zlib";
import { FetchError } from "./errors";

// Browsers are lenient where servers are sloppy: a gzip stream cut short still shows what it
// decoded to. Syncing instead of finishing the stream gives the same leniency (undici's fetch does
// the same); a corrupt stream is still an error.
const LENIENT = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };

/**
 * "deflate" is meant to be zlib-wrapped, but old servers send raw deflate and browsers accept
 * both: the first two bytes (a zlib header is CM=8 and a multiple of 31) pick the inflater. The
 * inflater's output is passed on with backpressure, so a bomb inflates no faster than it is read.
 */
class AutoInflate extends Transform {
  private inner?: zlib.Inflate | zlib.InflateRaw;
  private head = Buffer.alloc(0);

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void) {
    if (!this.inner) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 2) return done();
      this.start();
      chunk = this.head;
    }
    this.inner!.write(chunk, (err) => done(err));
  }

  override _flush(done: (err?: Error | null) => void) {
    if (!this.inner) this.start();
    if (this.head.length < 2 && this.head.length) this.inner!.write(this.head);
    this.inner!.once("end", () => done());
    this.inner!.end();
  }

  override _read(size: number) {
    this.inner?.resume();
    super._read(size);
  }

  override _destroy(err: Error | null, done: (err: Error | null) => void) {
    this.inner?.destroy();
    done(err);
  }

  private start() {
    const h = this.head;
    const wrapped = h.length >= 2 && (h[0]! & 0x0f) === 8 && h.readUInt16BE(0) % 31 === 0;
    const inner = wrapped ? zlib.createInflate(LENIENT) : zlib.createInflateRaw(LENIENT);
    inner.on("data", (d: Buffer) => {
      if (!this.push(d)) inner.pause();
    });
    inner.on("error", (err) => this.destroy(err));
    this.inner = inner;
  }
}

function decoderFor(coding: string): Transform | undefined {
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip(LENIENT);
    case "deflate":
      return new AutoInflate();
    case "br":
      return zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      });
    default:
      return undefined;
  }
}

/** The codings in the order to undo them (the reverse of Content-Encoding's order). */
function codingsToUndo(encoding: string | undefined, url: string): string[] {
  const codings = (encoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== "identity");
  for (const c of codings)
    if (!["gzip", "x-gzip", "deflate", "br"].includes(c))
      throw new FetchError("bad_encoding", `Unsupported Content-Encoding: ${c.slice(0, 40)}`, url);
  return codings.reverse();
}

interface Pipeline {
  output: Readable;
  streams: Readable[];
  /** The coding whose decoder failed on its own input, if one did. */
  failed(): { coding: string; err: unknown } | undefined;
}

/** Pipes the body through one decoder per coding, remembering which decoder (if any) broke. */
function decodePipeline(body: Readable, codings: string[]): Pipeline {
  const forwarded = new WeakSet<object>();
  let failure: { coding: string; err: unknown } | undefined;
  let output = body;
  const streams: Readable[] = [body];
  for (const coding of codings) {
    const decoder = decoderFor(coding)!;
    decoder.on("error", (err) => {
      if (!forwarded.has(err)) failure ??= { coding, err };
    });
    const from = output;
    from.on("error", (err) => {
      forwarded.add(err);
      decoder.destroy(err);
    });
    output = from.pipe(decoder);
    streams.push(decoder);
  }
  return { output, streams, failed: () => failure };
}

/**
 * Reads a response body up to `maxBytes` of decoded content. The cap counts bytes after
 * decompression, so a small gzip bomb is stopped as early as a huge plain body. With `truncate`
 * the first `maxBytes` are returned instead of failing.
 */
export async function readCappedBody(
  body: Readable,
  opts: { encoding?: string; maxBytes: number; url: string; truncate?: boolean },
): Promise<{ body: Buffer; truncated: boolean }> {
  let pipeline: Pipeline;
  try {
    pipeline = decodePipeline(body, codingsToUndo(opts.encoding, opts.url));
  } catch (err) {
    stopAll([body]);
    throw err;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  try {
    for await (const chunk of pipeline.output) {
      const buf = chunk as Buffer;
      if (total + buf.length > opts.maxBytes) {
        if (!opts.truncate)
          throw new FetchError(
            "body_too_large",
            `Response body is larger than ${opts.maxBytes} bytes`,
            opts.url,
          );
        chunks.push(buf.subarray(0, opts.maxBytes - total));
        total = opts.maxBytes;
        truncated = true;
        break;
      }
      total += buf.length;
      chunks.push(buf);
    }
  } catch (err) {
    stopAll(pipeline.streams);
    const failed = pipeline.failed();
    if (failed && !(err instanceof FetchError))
      throw new FetchError(
        "bad_encoding",
        `The body is not valid ${failed.coding} (Content-Encoding: ${opts.encoding})`,
        opts.url,
        { cause: failed.err },
      );
    throw err;
  }
  if (truncated) stopAll(pipeline.streams);
  return { body: Buffer.concat(chunks, total), truncated };
}

/** Stopping early makes the streams emit abort errors nobody else listens for. */
function stopAll(streams: Readable[]): void {
  for (const s of streams) {
    s.on("error", () => undefined);
    s.destroy();
  }
}
