import Papa from "papaparse";
import { AppError } from "@/lib/errors";
import { normalizeUrl } from "./normalize-url";
import { MAX_BULK_URLS } from "./schemas";

export interface CsvRowError {
  /** 1-based line of the file, header included, as a spreadsheet shows it. */
  row: number;
  message: string;
}

export interface CsvUrls {
  urls: string[];
  errors: CsvRowError[];
  /** The column the URLs were read from, when the file has a header. */
  column?: string;
}

const URL_HEADERS = ["url", "website", "domain", "site", "homepage", "web", "company_url"];

/**
 * Reads website URLs from an uploaded CSV: the named column, else a header that looks like one
 * (url, website, domain, ...), else the first column. Every bad row is reported with its line
 * number; URLs are normalized and duplicates dropped.
 */
export function parseUrlCsv(text: string, column?: string): CsvUrls {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
  });
  const errors: CsvRowError[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    message: e.message,
  }));
  const rows = parsed.data;
  if (!rows.length)
    return { urls: [], errors: [...errors, { row: 1, message: "The file has no rows" }] };

  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  let index = 0;
  let start = 0;
  let used: string | undefined;
  if (column !== undefined) {
    index = header.indexOf(column.trim().toLowerCase());
    if (index < 0)
      return {
        urls: [],
        errors: [{ row: 1, message: `No column named ${JSON.stringify(column)} in the header` }],
      };
    start = 1;
    used = rows[0]![index];
  } else {
    const found = header.findIndex((h) => URL_HEADERS.includes(h));
    if (found >= 0) {
      index = found;
      start = 1;
      used = rows[0]![found];
    }
  }

  const seen = new Set<string>();
  const urls: string[] = [];
  for (let i = start; i < rows.length; i++) {
    const cell = rows[i]![index]?.trim() ?? "";
    if (!cell) {
      errors.push({ row: i + 1, message: "No URL in this row" });
      continue;
    }
    const n = normalizeUrl(cell);
    if (!n.ok) errors.push({ row: i + 1, message: n.error });
    else if (!seen.has(n.url)) {
      seen.add(n.url);
      urls.push(n.url);
    }
  }
  if (urls.length > MAX_BULK_URLS)
    errors.push({
      row: rows.length,
      message: `At most ${MAX_BULK_URLS} URLs per job, got ${urls.length}`,
    });
  if (!urls.length && !errors.length) errors.push({ row: 1, message: "The file holds no URLs" });
  errors.sort((a, b) => a.row - b.row);
  return { urls, errors, column: used };
}

/** The URLs of a CSV, or a 422 listing every bad row (`csv.row.<n>`) so the user can fix them all. */
export function urlsFromCsvOrThrow(text: string, column?: string): string[] {
  const { urls, errors } = parseUrlCsv(text, column);
  if (errors.length) {
    const fields: Record<string, string[]> = {};
    for (const e of errors) (fields[`csv.row.${e.row}`] ??= []).push(e.message);
    throw new AppError("validation_failed", `The CSV has ${errors.length} bad row(s)`, { fields });
  }
  return urls;
}
