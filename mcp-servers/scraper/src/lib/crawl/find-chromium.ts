import fs from "node:fs";
import path from "node:path";

// Which Chromium rendering may launch. Never downloads one: CHROMIUM_PATH when set, else a system
// Chromium or Chrome (Debian's /usr/bin/chromium, Ubuntu's chromium-browser, Google Chrome), else
// Playwright's own download if one happens to be installed.

/** Executable names looked up on PATH, in order of preference. */
export const CHROMIUM_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "chrome",
] as const;

/** Where those browsers live when PATH does not list their folder (services often run with a bare PATH). */
export const CHROMIUM_LOCATIONS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/lib/chromium/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
] as const;

export type ChromiumSource = "CHROMIUM_PATH" | "PATH" | "system" | "playwright";

export interface ChromiumChoice {
  path?: string;
  source?: ChromiumSource;
  /** Why there is none, for the start-up log and the error a "browser" crawl returns. */
  reason?: string;
}

export interface FindChromiumOptions {
  /** The search path; defaults to process.env.PATH. */
  pathEnv?: string;
  /** Fixed locations tried after PATH; defaults to CHROMIUM_LOCATIONS. */
  locations?: readonly string[];
  /** Also try Playwright's downloaded browser (default true). */
  playwright?: boolean;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(pathEnv: string): string | undefined {
  const dirs = pathEnv.split(path.delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES)
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  return undefined;
}

export async function findChromium(
  chromiumPath: string | undefined,
  opts: FindChromiumOptions = {},
): Promise<ChromiumChoice> {
  // An explicit choice is never second-guessed: a wrong CHROMIUM_PATH is reported, not replaced.
  if (chromiumPath)
    return isExecutable(chromiumPath)
      ? { path: chromiumPath, source: "CHROMIUM_PATH" }
      : { reason: `CHROMIUM_PATH=${chromiumPath} is not an executable file` };
  const fromPath = onPath(opts.pathEnv ?? process.env.PATH ?? "");
  if (fromPath) return { path: fromPath, source: "PATH" };
  const fixed = (opts.locations ?? CHROMIUM_LOCATIONS).find(isExecutable);
  if (fixed) return { path: fixed, source: "system" };
  if (opts.playwright ?? true) {
    try {
      const { chromium } = await import("playwright-core");
      const p = chromium.executablePath();
      if (p && isExecutable(p)) return { path: p, source: "playwright" };
    } catch {
      // playwright-core knows no browser for this platform
    }
  }
  return {
    reason: `no ${CHROMIUM_NAMES.join(", ")} on PATH or in the usual locations, and CHROMIUM_PATH is unset`,
  };
}
