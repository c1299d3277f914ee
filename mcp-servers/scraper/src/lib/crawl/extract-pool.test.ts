import { afterAll, describe, expect, it } from "vitest";
import { extractPage } from "../extract";
import { createExtractPool } from "./extract-pool";

const pool = createExtractPool(2);
afterAll(() => pool.close());

describe("extraction worker pool", () => {
  it("returns exactly what in-thread extraction returns", async () => {
    const html = `<html lang="de"><head><title>Brandt Bau GmbH</title></head><body><a href="/kontakt">Kontakt</a>
      <p>Mail: info@brandt-bau.de · Tel. +49 30 1234567</p><a href="https://www.linkedin.com/company/brandt-bau">in</a></body></html>`;
    const pages = await Promise.all(
      Array.from({ length: 6 }, (_, i) => pool.extract(html, `https://brandt-bau.de/p${i}`)),
    );
    pages.forEach((page, i) =>
      expect(page).toEqual(extractPage(html, `https://brandt-bau.de/p${i}`)),
    );
    expect(pages[0]!.emails.map((e) => e.value)).toEqual(["info@brandt-bau.de"]);
  });

  it("turns a page that breaks the extractor into a rejected promise, and keeps working", async () => {
    const hostile = `<html><body>${"<div>".repeat(30_000)}x</body></html>`;
    const outcome = await pool.extract(hostile, "https://a.test/").then(
      () => "ok",
      (err: Error) => err.message,
    );
    expect(outcome).toMatch(/\S/);
    expect((await pool.extract("<p>ops@brandt-bau.de</p>", "https://a.test/")).emails).toHaveLength(
      1,
    );
  }, 30_000);

  it("reports a worker that cannot start instead of respawning it forever", async () => {
    const broken = createExtractPool(
      1,
      new URL("data:text/javascript,throw new Error('extractor failed to load')"),
    );
    try {
      await expect(broken.extract("<p>x</p>", "https://a.test/")).rejects.toThrow(
        /extractor failed to load/,
      );
      await expect(broken.extract("<p>x</p>", "https://a.test/")).rejects.toThrow(
        /failed to start: .*extractor failed to load/,
      );
    } finally {
      await broken.close();
    }
  });
});
