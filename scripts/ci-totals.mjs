// Sums the JSON reports of every suite CI ran into one line: "N passed, N failed[, N skipped]".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".vitest-reports";
let passed = 0;
let failed = 0;
let skipped = 0;

for (const file of existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : []) {
  const report = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  if ("numPassedTests" in report) {
    // vitest (jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // a file that failed to load counts as a failure even though no test in it ran
    failed += (report.testResults ?? []).filter(
      (r) => r.status === "failed" && r.assertionResults.length === 0,
    ).length;
  } else if (report.stats && "expected" in report.stats) {
    // Playwright
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    failed += (report.errors ?? []).length;
  }
  console.error(`${file}: running totals ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

const extra = Number(process.env.CI_EXTRA_FAILURES ?? 0);
failed += extra;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
