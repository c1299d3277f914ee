import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

// A fresh PGlite costs seconds (WASM start-up plus initdb) and every database test file wants
// one. The global setup migrates one once and dumps it; each file starts from the dump (under a
// second). Without the dump (a file run outside the projects' setup) a file builds its own.
const ENV = "LEADSCOUT_TEST_PGLITE_TEMPLATE";

/** Global setup: builds the migrated template and returns its teardown. */
export async function buildPgliteTemplate(): Promise<() => void> {
  const opened = await openDb({ pgliteDir: "memory://" });
  await migrate(opened);
  const dump = await opened.dump!();
  await opened.close();
  const file = path.join(tmpdir(), `leadscout-pglite-${process.pid}-${Date.now()}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env[ENV] = file;
  return () => rmSync(file, { force: true });
}

/** A migrated in-memory PGlite for one test file: from the template when there is one. */
export async function openTestPglite(): Promise<OpenedDb> {
  const file = process.env[ENV];
  const load = file ? readIfThere(file) : undefined;
  const opened = await openDb({
    pgliteDir: "memory://",
    ...(load ? { pgliteLoad: new Blob([new Uint8Array(load)]) } : {}),
  });
  await migrate(opened); // nothing left to apply from the template; everything without it
  return opened;
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
