import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./find-chromium";

// A PATH the test controls: one folder whose `chromium` is a link to the machine's real browser
// (Debian's /usr/bin/chromium here), one folder with nothing in it, one with a non-executable decoy.
const REAL = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p) => fs.existsSync(p),
);
let root: string;
let withChromium: string;
let empty: string;
let decoy: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "find-chromium-"));
  withChromium = path.join(root, "bin");
  empty = path.join(root, "empty");
  decoy = path.join(root, "decoy");
  for (const d of [withChromium, empty, decoy]) fs.mkdirSync(d);
  if (REAL) fs.symlinkSync(REAL, path.join(withChromium, "chromium-browser"));
  fs.writeFileSync(path.join(decoy, "chromium"), "not a browser", { mode: 0o644 });
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const none = { locations: [], playwright: false } as const;

describe.skipIf(!REAL)("system Chromium discovery (#22 item 2)", () => {
  it("finds a chromium-browser on PATH when CHROMIUM_PATH is unset", async () => {
    const pathEnv = [empty, decoy, withChromium].join(path.delimiter);
    expect(await findChromium(undefined, { pathEnv, ...none })).toEqual({
      path: path.join(withChromium, "chromium-browser"),
      source: "PATH",
    });
  });

  it("falls back to the usual install locations when PATH has none", async () => {
    expect(await findChromium(undefined, { pathEnv: empty, locations: [REAL!] })).toEqual({
      path: REAL,
      source: "system",
    });
  });

  it("says why when there is none anywhere (a non-executable file does not count)", async () => {
    const choice = await findChromium(undefined, { pathEnv: [empty, decoy].join(":"), ...none });
    expect(choice.path).toBeUndefined();
    expect(choice.reason).toMatch(
      /chromium, chromium-browser, google-chrome.*CHROMIUM_PATH is unset/,
    );
  });

  it("takes CHROMIUM_PATH over anything found, and reports a wrong one rather than replacing it", async () => {
    const pathEnv = withChromium;
    expect(await findChromium(REAL, { pathEnv, ...none })).toEqual({
      path: REAL,
      source: "CHROMIUM_PATH",
    });
    const wrong = await findChromium(path.join(decoy, "chromium"), { pathEnv, ...none });
    expect(wrong.path).toBeUndefined();
    expect(wrong.reason).toMatch(/CHROMIUM_PATH=.*decoy\/chromium is not an executable file/);
  });
});
