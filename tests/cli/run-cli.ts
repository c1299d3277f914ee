import { spawn } from "node:child_process";
import path from "node:path";

export const REPO = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(REPO, "node_modules", ".bin", "tsx");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed: the CLI promises exactly one JSON object there. */
  json: () => Record<string, unknown>;
  /** The JSON error object the CLI prints on stderr for a refused command. */
  error: () => { code: string; message: string; fields?: Record<string, string[]> };
}

export const TEST_HASH_SECRET = "cli-test-secret-cli-test-secret-0123";

/** Runs `pnpm cli` as a real child process against the given PGlite directory. */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 200_000,
): Promise<CliRun> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    API_KEY_HASH_SECRET: TEST_HASH_SECRET,
    LOG_LEVEL: "info",
    NODE_ENV: "test",
  };
  delete childEnv.DATABASE_URL;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(REPO, "scripts", "cli.ts"), ...args], {
      cwd: REPO,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Never leave a CLI behind holding a PGlite directory open after the test gave up on it.
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const lines = stdout.trim().split("\n").filter(Boolean);
      resolve({
        code,
        stdout,
        stderr,
        json: () => {
          if (lines.length !== 1)
            throw new Error(
              `expected one JSON line on stdout, got:\n${stdout}\nstderr:\n${stderr}`,
            );
          return JSON.parse(lines[0]!) as Record<string, unknown>;
        },
        error: () => {
          const line = stderr
            .trim()
            .split("\n")
            .reverse()
            .find((l) => l.startsWith('{"error"'));
          if (!line) throw new Error(`no JSON error on stderr:\n${stderr}`);
          return (JSON.parse(line) as { error: ReturnType<CliRun["error"]> }).error;
        },
      });
    });
  });
}
