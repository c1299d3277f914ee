import { AppError } from "@/lib/errors";
import { fileTooLarge } from "./read-csv";
import { MAX_IMPORT_BYTES } from "./schemas";

// What spreadsheets and browsers label a .csv upload with (Excel on Windows says vnd.ms-excel).
const CSV_TYPES = /^(text\/csv|application\/csv|text\/plain|application\/vnd\.ms-excel)\s*(;|$)/i;

/**
 * The request's body as the CSV stream an import reads. A declared length over the cap is a 413
 * before a byte is read; the reader counts the bytes too, so an absent or lying length stops at
 * the cap all the same. Only UTF-8 (or its ASCII subset) is read.
 */
export function csvBodyOf(req: Request): ReadableStream<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES) throw fileTooLarge();
  const type = req.headers.get("content-type") ?? "";
  if (!CSV_TYPES.test(type))
    throw new AppError("bad_request", "Send the CSV file as the body, with Content-Type: text/csv");
  const charset = /;\s*charset="?([\w-]+)/i.exec(type)?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8" && charset !== "us-ascii")
    throw new AppError("bad_request", "The CSV file must be UTF-8 (save it as CSV UTF-8)");
  if (!req.body) throw new AppError("bad_request", "The body must be the CSV file");
  return req.body;
}
