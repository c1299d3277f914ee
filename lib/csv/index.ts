import Papa from "papaparse";

/**
 * A cell a spreadsheet would run as a formula: one starting with =, +, -, @, tab or CR, whatever
 * follows (a newline included — papaparse's own `escapeFormulae: true` pattern stops at one).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every CSV Leadscout hands out (API export, dashboard export, downloads): RFC 4180 quoting, CRLF
 * rows, and formula cells defused with a leading apostrophe (OWASP's advice).
 */
export function toCsv(fields: readonly string[] | null, rows: unknown[][]): string {
  return Papa.unparse(
    { fields: fields ? [...fields] : [], data: rows },
    { escapeFormulae: FORMULA_START, header: fields !== null, newline: "\r\n" },
  );
}
