import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";
import { slugForName } from "./personal-org";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query and hash", () => {
    expect(safeNextPath("/leads?status=hot#top")).toBe("/leads?status=hot#top");
    expect(safeNextPath("/jobs/123")).toBe("/jobs/123");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/sign-in?next=/x",
    "/auth/sign-out",
  ])("falls back to the dashboard for %j", (value) => {
    expect(safeNextPath(value)).toBe("/dashboard");
  });

  it("ignores non-strings (repeated query parameters arrive as arrays)", () => {
    expect(safeNextPath(["/leads", "//evil"])).toBe("/dashboard");
    expect(safeNextPath(undefined, "/")).toBe("/");
  });
});

describe("slugForName", () => {
  const valid = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

  it("makes a readable slug the database accepts", () => {
    expect(slugForName("Ada Lovelace's organization", "abc123")).toBe(
      "ada-lovelaces-organization-abc123",
    );
    expect(slugForName("Crème Brûlée GmbH", "x1")).toBe("creme-brulee-gmbh-x1");
  });

  it("stays within the slug rule for awkward names", () => {
    for (const name of ["!!!", "a".repeat(200), "--x--", "日本語の会社", `${"ab-".repeat(30)}`]) {
      expect(slugForName(name)).toMatch(valid);
    }
  });
});
