import { chmodSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Creates `dir` (and its parents) readable by the owner only, and tightens it to 0700 when it
 * already exists with looser bits: it holds generated secrets and the embedded database.
 */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o777) !== 0o700) chmodSync(dir, 0o700);
  return dir;
}

/** `.data/` under the working directory: the embedded default's secrets and database. */
export function dataDir(): string {
  return ensurePrivateDir(path.join(process.cwd(), ".data"));
}
