import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";
import { capped, type CsvSource } from "./read-csv";

/** How long an upload may take to arrive in full (20 MB at a slow 200 KB/s is 100 s). */
export const UPLOAD_DEADLINE_MS = 120_000;

export interface SpooledUpload {
  /** The file's bytes, read back from disk a chunk at a time. */
  read(): AsyncIterable<Uint8Array>;
  remove(): Promise<void>;
}

/**
 * Receives the whole upload into a private temporary file before the import opens its
 * transaction. Reading the network inside the transaction would let one slow client (a byte a
 * second) hold it open for minutes: on the embedded PGlite that is the one database session every
 * request waits for, on Postgres a pooled connection and the locks of the rows written so far.
 * Spooled to disk, the import is as fast as the disk and memory stays flat however large the file.
 */
export async function spoolUpload(
  source: CsvSource,
  maxBytes: number,
  deadlineMs = UPLOAD_DEADLINE_MS,
): Promise<SpooledUpload> {
  const dir = await mkdtemp(path.join(tmpdir(), "leadscout-import-"));
  const file = path.join(dir, "upload.csv");
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(
      Readable.from(capped(source, maxBytes), { objectMode: false }),
      createWriteStream(file, { mode: 0o600 }),
      { signal: AbortSignal.timeout(deadlineMs) },
    );
  } catch (err) {
    await remove();
    if ((err as Error).name === "AbortError" || (err as Error).name === "TimeoutError")
      throw new AppError(
        "bad_request",
        `The upload did not arrive within ${deadlineMs / 1000} s; send the file again over a faster connection`,
      );
    throw err;
  }
  return { read: () => createReadStream(file), remove };
}
