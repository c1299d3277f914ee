import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// A sales rep brings a list they already have: a 10,000-row CSV with three bad rows is refused as
// a whole, each problem named by its row; the fixed file imports, and the leads are listed.

const BAD_ROWS = new Map([
  [101, "Bad Website Co,not a website,ops@bad.example.test,new"], // website
  [5002, "Bad Mail Co,https://badmail.example.test,not-an-email,new"], // email
  [9999, "Bad Stage Co,https://badstage.example.test,ops@badstage.example.test,someday"], // stage
]);

/** The file, header first: row N of the spreadsheet is lines[N - 1]. */
function csv(withBadRows: boolean): Buffer {
  const lines = ["Company,Website,Email,Stage"];
  for (let row = 2; row <= 10_001; row++) {
    const n = String(row - 1).padStart(5, "0");
    lines.push(
      (withBadRows && BAD_ROWS.get(row)) ||
        `Importco ${n},https://importco-${n}.example.test,sales@importco-${n}.example.test,new`,
    );
  }
  return Buffer.from(lines.join("\r\n") + "\r\n");
}

test("import a 10,000-row CSV: bad rows reported by number, nothing imported; fixed, all imported", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signUp(page, { path: "/sign-up", name: "Iris Import", email: uniqueEmail("iris") });
  await expect(page).toHaveURL(/\/dashboard/);

  await test.step("Leads › Import CSV opens the import screen", async () => {
    await page.goto("/leads");
    await page.getByRole("link", { name: "Import CSV" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import leads" })).toBeVisible();
  });

  const choose = (withBadRows: boolean) =>
    page.getByLabel("CSV file").setInputFiles({
      name: withBadRows ? "leads.csv" : "leads-fixed.csv",
      mimeType: "text/csv",
      buffer: csv(withBadRows),
    });

  await test.step("the columns are mapped from their headers, with a preview", async () => {
    await choose(true);
    await expect(page.getByLabel("Company name")).toHaveValue("Company");
    await expect(page.getByLabel("Website")).toHaveValue("Website");
    await expect(page.getByLabel("Email")).toHaveValue("Email");
    await expect(page.getByLabel("Stage")).toHaveValue("Stage");
    const preview = page.getByRole("table", { name: "Import preview" });
    await expect(preview.getByRole("row").nth(1)).toContainText("Importco 00001");
    await expect(preview.getByRole("row").nth(1)).toContainText("2");
  });

  await test.step("three bad rows: each listed with its row number, nothing imported", async () => {
    await page.getByRole("button", { name: "Import leads.csv" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "problems" })).toContainText(
      "3 problems in 10,000 rows; nothing was imported",
    );
    const problems = page.getByRole("table", { name: "Problems in the file" }).getByRole("row");
    await expect(problems).toHaveCount(4); // the header and three rows
    await expect(problems.nth(1)).toContainText("Row 101");
    await expect(problems.nth(1)).toContainText("Website");
    await expect(problems.nth(2)).toContainText("Row 5002");
    await expect(problems.nth(2)).toContainText("Email");
    await expect(problems.nth(3)).toContainText("Row 9999");
    await expect(problems.nth(3)).toContainText("Stage");
    await page.goto("/leads");
    await expect(page.getByText("No leads yet")).toBeVisible();
  });

  await test.step("the fixed file imports every row and the leads are listed", async () => {
    await page.goto("/leads/import");
    await choose(false);
    await page.getByRole("button", { name: "Import leads-fixed.csv" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText(
      "Imported 10,000 leads from 10,000 rows.",
    );
    await page.getByRole("link", { name: "See your leads" }).click();
    await expect(page).toHaveURL(/\/leads$/);
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: /Importco \d{5}/ })
        .first(),
    ).toBeVisible();
  });
});
