import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./schemas";

export type CsvSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

/** One record of the file: its number (the header is row 1) and its cells, trimmed. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export const fileTooLarge = () =>
  new AppError(
    "payload_too_large",
    `The file must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB (${MAX_IMPORT_BYTES} bytes)`,
  );

const tooManyRows = () =>
  new AppError(
    "payload_too_large",
    `A file may hold at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows besides its header; split it into several imports`,
  );

/** Passes the bytes on while counting them, so a stream without an honest length stops at the cap. */
export async function* capped(source: CsvSource, max: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of source as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) throw fileTooLarge();
    yield chunk;
  }
}

/**
 * The file's records, one at a time as the bytes arrive: the parser holds one record, and the
 * consumer's pace (batched database writes) is what pulls the next chunk, so memory does not grow
 * with the file. Rows are counted as records (a quoted cell may span lines), so row N is the
 * spreadsheet's row N; blank lines are records too, so they keep that count aligned.
 */
export async function* readCsv(
  source: CsvSource,
  maxBytes = MAX_IMPORT_BYTES,
): AsyncGenerator<CsvRecord> {
  const input = Readable.from(capped(source, maxBytes), { objectMode: false });
  const parser = parse({
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: false,
    // One record past this is a malformed file (an unclosed quote), not a lead.
    max_record_size: 1024 * 1024,
  });
  input.on("error", (err) => parser.destroy(err));
  input.pipe(parser);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      if (row > MAX_IMPORT_ROWS + 1) throw tooManyRows();
      yield { row, cells };
    }
  } catch (err) {
    if (err instanceof CsvError) {
      throw new AppError("validation_failed", `The file is not valid CSV: ${err.message}`, {
        fields: { file: [`Row ${row + 1}: ${err.message}`] },
      });
    }
    throw err;
  } finally {
    input.destroy();
    parser.destroy();
  }
}
