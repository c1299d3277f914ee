import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { FetchError } from "./errors";

function decoderFor(
  encoding: string | undefined,
): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/**
 * Reads a response body up to `maxBytes` of decoded content. The cap counts bytes after
 * decompression, so a small gzip bomb is stopped as early as a huge plain body.
 */
export async function readCappedBody(
  body: Readable,
  opts: { encoding?: string; maxBytes: number; url: string },
): Promise<Buffer> {
  const decoder = decoderFor(opts.encoding);
  const source: Readable = decoder ? body.pipe(decoder) : body;
  if (decoder) body.on("error", (err) => decoder.destroy(err));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > opts.maxBytes) {
        throw new FetchError(
          "body_too_large",
          `Response body is larger than ${opts.maxBytes} bytes`,
          opts.url,
        );
      }
      chunks.push(buf);
    }
  } catch (err) {
    // Stopping early makes both streams emit abort errors nobody else listens for.
    body.on("error", () => undefined);
    decoder?.on("error", () => undefined);
    body.destroy();
    decoder?.destroy();
    throw err;
  }
  return Buffer.concat(chunks, total);
}
