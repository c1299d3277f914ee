import { describe, expect, it } from "vitest";
import { pickColumn, readCsv } from "@/components/jobs/csv-urls";
import { formErrorsOf, toJobInput, NEW_JOB_DEFAULTS } from "@/components/jobs/new-job-values";

// The New job dialog's CSV tab, before anything is sent: the column is found, every bad row is
// named by its line in the file, and the server's errors come back in the same terms.

const FILE = [
  "Company,Website,Owner",
  "Acme,acme.com,Ann",
  "Bolt,https://bolt.io/about#team,Bo",
  "Dup,ACME.com,Di",
  "Nope,not a url,Ned",
  "Blank,,Bea",
  "Ftp,ftp://files.example.com,Fi",
  "Oops,mailto:x@y.z,Oz",
].join("\r\n");

describe("CSV upload", () => {
  it("finds the URL column by its header and reports each bad row by file line", () => {
    const table = readCsv(FILE);
    expect(table).toMatchObject({ hasHeader: true, guess: 1, columns: 3 });
    const pick = pickColumn(table, table.guess, table.hasHeader);
    expect(pick.urls).toEqual(["https://acme.com/", "https://bolt.io/about"]);
    expect(pick.rows).toEqual([2, 3]);
    expect(pick.errors).toEqual([
      { row: 5, message: "not a URL" },
      { row: 6, message: "no URL in this row" },
      { row: 7, message: "only http and https URLs can be crawled" },
      { row: 8, message: "not a URL" },
    ]);
  });

  it("reads a headerless list of bare domains from its first row", () => {
    const table = readCsv("acme.com\nbolt.io\n");
    expect(table.hasHeader).toBe(false);
    expect(pickColumn(table, 0, false).urls).toEqual(["https://acme.com/", "https://bolt.io/"]);
  });

  it("sends a CSV as a bulk job and maps server errors back to the file's rows", () => {
    const v = {
      ...NEW_JOB_DEFAULTS,
      type: "csv" as const,
      csv_urls: ["https://a.test/", "https://b.test/"],
      csv_rows: [4, 9],
    };
    expect(toJobInput(v)).toMatchObject({ type: "bulk", urls: v.csv_urls });
    expect(
      formErrorsOf({ "urls.1": ["Private address"], "options.max_pages_per_site": ["Too big"] }, v),
    ).toEqual({ csv_file: "Row 9: Private address", max_pages: "Too big" });
    expect(formErrorsOf({ "urls.1": ["Private address"] }, { ...v, type: "bulk" })).toEqual({
      urls_text: "Line 2: Private address",
    });
  });
});
