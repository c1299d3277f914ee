import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { startScraper } from "./helpers/mcp-client";

// The real scraper process with CHROMIUM_PATH unset and a PATH whose first folder holds a
// `chromium` (a link to the machine's browser): it must say at start which one it renders with,
// and render with it.
const REAL = "/usr/bin/chromium";

let site: FixtureServer;
let bin: string;

beforeAll(async () => {
  bin = fs.mkdtempSync(path.join(os.tmpdir(), "scraper-path-"));
  if (fs.existsSync(REAL)) fs.symlinkSync(REAL, path.join(bin, "chromium"));
  site = await startFixtureServer({
    "/": html(`<html lang="en"><body><div id="app"></div>
      <script>document.getElementById("app").innerHTML = '<p>Write to <a href="mailto:hi@' + 'orbit-labs.io">us</a></p>';</script>
      </body></html>`),
  });
});

afterAll(async () => {
  await site?.close();
  fs.rmSync(bin, { recursive: true, force: true });
});

describe.skipIf(!fs.existsSync(REAL))(
  "a system Chromium found without CHROMIUM_PATH (#22 item 2)",
  () => {
    it("logs the Chromium it found on PATH at start and renders with it", async () => {
      const scraper = await startScraper({
        CHROMIUM_PATH: "",
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
        LOG_LEVEL: "info",
        SSRF_ALLOWLIST: "127.0.0.1",
      });
      try {
        const res = await scraper.client.callTool(
          {
            name: "scrape_url",
            arguments: {
              url: `${site.origin}/`,
              options: { maxPages: 1, render: "browser", timeoutMs: 100_000 },
            },
          },
          undefined,
          { timeout: 110_000 },
        );
        expect(res.structuredContent).toMatchObject({
          status: "ok",
          emails: [{ value: "hi@orbit-labs.io" }],
        });
        const line = scraper
          .stderr()
          .split("\n")
          .find((l) => l.includes("rendering uses Chromium"));
        expect(JSON.parse(line ?? "{}")).toMatchObject({
          chromium: path.join(bin, "chromium"),
          found: "PATH",
        });
      } finally {
        await scraper.close();
      }
      // A process start plus a Chromium launch: generous, as the machine may be busy.
    }, 120_000);
  },
);
