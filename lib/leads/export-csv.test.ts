import { expect, it } from "vitest";
import { toCsv } from "./export-leads";

it("defuses spreadsheet formulas in every dangerous leading character and quotes as CSV must", () => {
  const csv = toCsv(
    [["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "plain", 'say "hi", ok']],
    false,
  );
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
