import Papa from "papaparse";

// Reading URLs from an uploaded CSV in the browser, so every bad row is shown before anything is
// sent. The server re-validates each URL (SSRF rules, length) with the API's own schema; this
// check only catches what a person can fix in their file.

const URL_HEADERS = ["url", "website", "domain", "site", "homepage", "web", "company_url"];

export interface CsvTable {
  rows: string[][];
  /** The first row names the columns. */
  hasHeader: boolean;
  /** The column guessed to hold the URLs. */
  guess: number;
  columns: number;
}

export interface CsvPick {
  urls: string[];
  /** 1-based file line (header included) of each URL, to name rows in server errors. */
  rows: number[];
  errors: { row: number; message: string }[];
}

/** A URL a crawler could try: http(s), a host, no spaces. A bare domain means https. */
export function checkUrl(raw: string): { ok: true; url: string } | { ok: false; error: string } {
  const text = raw.trim();
  if (!text) return { ok: false, error: "no URL in this row" };
  if (/\s/.test(text)) return { ok: false, error: "not a URL" };
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const u = new URL(candidate);
    if (u.protocol !== "http:" && u.protocol !== "https:")
      return { ok: false, error: "only http and https URLs can be crawled" };
    // A user name (also how "mailto:a@b.c" parses once https:// is added) is not a website.
    if (u.username || u.password) return { ok: false, error: "not a URL" };
    if (!u.hostname || (!u.hostname.includes(".") && u.hostname !== "localhost"))
      return { ok: false, error: "not a URL" };
    u.hash = "";
    return { ok: true, url: u.toString() };
  } catch {
    return { ok: false, error: "not a URL" };
  }
}

export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const rows = parsed.data;
  const first = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const named = first.findIndex((h) => URL_HEADERS.includes(h));
  // A first row with no URL in it is a header (a list of bare URLs has none).
  const hasHeader = named >= 0 || (rows.length > 1 && !first.some((c) => checkUrl(c).ok));
  const columns = Math.max(0, ...rows.slice(0, 50).map((r) => r.length));
  let guess = Math.max(0, named);
  if (named < 0 && rows[hasHeader ? 1 : 0]) {
    const sample = rows[hasHeader ? 1 : 0]!;
    const found = sample.findIndex((c) => checkUrl(c).ok);
    guess = Math.max(0, found);
  }
  return { rows, hasHeader, guess, columns };
}

/** The unique URLs of one column, with every unusable row reported by its file line. */
export function pickColumn(table: CsvTable, column: number, hasHeader: boolean): CsvPick {
  const out: CsvPick = { urls: [], rows: [], errors: [] };
  const seen = new Set<string>();
  for (let i = hasHeader ? 1 : 0; i < table.rows.length; i++) {
    const checked = checkUrl(table.rows[i]![column] ?? "");
    if (!checked.ok) out.errors.push({ row: i + 1, message: checked.error });
    else if (!seen.has(checked.url)) {
      seen.add(checked.url);
      out.urls.push(checked.url);
      out.rows.push(i + 1);
    }
  }
  return out;
}

export function columnLabel(table: CsvTable, i: number, hasHeader: boolean): string {
  const name = hasHeader ? table.rows[0]?.[i]?.trim() : "";
  return name ? name : `Column ${i + 1}`;
}
