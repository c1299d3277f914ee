import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFixtureDns } from "./fixture-dns";
import { serveFixtureWeb, type FixtureWeb } from "./fixture-web";

// The crash is real: a child process running the pipeline on a PGlite directory is SIGKILLed
// mid-job, and a new process on the same directory finishes the job. Its leads and charges must
// equal those of a run that was never interrupted.
const RUNNER = path.resolve(import.meta.dirname, "crash-runner.ts");
const root = mkdtempSync(path.join(os.tmpdir(), "pipeline-crash-"));
const urlFile = path.join(root, "urls.json");

let web: FixtureWeb;
let dns: Awaited<ReturnType<typeof useFixtureDns>>;
beforeAll(async () => {
  dns = await useFixtureDns();
  web = await serveFixtureWeb(190, 5, 5);
  writeFileSync(urlFile, JSON.stringify(web.urls));
});
afterAll(async () => {
  await dns?.close();
  await web?.close();
  rmSync(root, { recursive: true, force: true });
});

type Line = {
  jobId?: string;
  processed?: number;
  total?: number;
  summary?: Record<string, unknown>;
};

function run(
  dir: string,
  mode: "create" | "resume",
  onLine: (l: Line, child: ChildProcess) => void,
) {
  const child = spawn(process.execPath, ["--import", "tsx", RUNNER, dir, mode, urlFile], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, SSRF_ALLOWLIST: "127.0.0.1,localhost", LOG_LEVEL: "error" },
  });
  createInterface({ input: child.stdout! }).on("line", (text) => {
    if (text.startsWith("{")) onLine(JSON.parse(text) as Line, child);
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
}

async function runToEnd(dir: string, mode: "create" | "resume") {
  let summary: Record<string, unknown> | undefined;
  const exit = await run(dir, mode, (l) => (summary = l.summary ?? summary));
  expect(exit.code).toBe(0);
  return summary!;
}

describe("a 200-URL job survives SIGKILL", () => {
  it("resumed in a new process, it ends with the same leads and charges as an uninterrupted run", async () => {
    const straight = await runToEnd(path.join(root, "straight"), "create");

    const crashDir = path.join(root, "crashed");
    let killedAt = -1;
    const exit = await run(crashDir, "create", (l, child) => {
      if (killedAt < 0 && l.processed !== undefined && l.processed >= 60) {
        killedAt = l.processed;
        child.kill("SIGKILL");
      }
    });
    expect(exit.signal).toBe("SIGKILL");
    expect(killedAt).toBeGreaterThanOrEqual(60);
    expect(killedAt).toBeLessThan(200);
    const resumed = await runToEnd(crashDir, "resume");

    expect(straight).toMatchObject({ status: "completed", processed: 200 });
    expect(resumed).toEqual(straight);
    // And the accounts hold together on their own terms.
    expect(resumed.scrapeCharges).toBe((resumed.byStatus as { completed: number }).completed);
    expect(resumed.urlCredits).toBe(resumed.creditsUsed);
    expect(resumed.chargedTotal).toBe(resumed.creditsUsed);
    expect(resumed.credits).toEqual({
      balance: 5_000 - (resumed.creditsUsed as number),
      reserved: 0,
    });
  }, 900_000);
});
