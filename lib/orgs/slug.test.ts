import { describe, expect, it } from "vitest";
import { ZSlugSchema } from "./schemas";
import { slugify, withSuffix } from "./slug";

describe("slugify", () => {
  it("lowercases, strips accents and collapses punctuation", () => {
    expect(slugify("Acme GmbH & Co.")).toBe("acme-gmbh-co");
    expect(slugify("  Café Zürich ")).toBe("cafe-zurich");
  });

  it("falls back when nothing usable is left", () => {
    expect(slugify("!!!")).toBe("org");
    expect(slugify("日本")).toBe("org");
  });

  it("always yields a slug the database accepts, suffixed or not", () => {
    for (const name of ["a", "-x-", "A".repeat(200), "a - b", "Ünïcödé Ltd"]) {
      expect(ZSlugSchema.safeParse(slugify(name)).success).toBe(true);
      expect(ZSlugSchema.safeParse(withSuffix(slugify(name))).success).toBe(true);
    }
  });

  it("suffixes differ between calls", () => {
    expect(withSuffix("acme")).not.toBe(withSuffix("acme"));
  });
});
