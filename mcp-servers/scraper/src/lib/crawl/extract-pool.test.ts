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

  it("gives up on a page that never finishes, and hands the pages behind it to a new worker", async () => {
    // A stand-in extractor that never returns from one page: a pathological input.
    const hangs = new URL(
      "data:text/javascript," +
        encodeURIComponent(`import { parentPort } from "node:worker_threads";
parentPort.on("message", (m) => {
  if (m.html === "<hang>") for (;;) {}
  parentPort.postMessage({ id: m.id, result: { url: m.url } });
});
parentPort.postMessage({ ready: true });`),
    );
    const stuckPool = createExtractPool(1, hangs, 2_000);
    try {
      const stuck = stuckPool.extract("<hang>", "https://a.test/1");
      const behind = stuckPool.extract("<p>x</p>", "https://a.test/2");
      await expect(stuck).rejects.toThrow(/longer than 2 s; the page was skipped/);
      expect(await behind).toEqual({ url: "https://a.test/2" });
      expect(await stuckPool.extract("<p>y</p>", "https://a.test/3")).toEqual({
        url: "https://a.test/3",
      });
    } finally {
      await stuckPool.close();
    }
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
