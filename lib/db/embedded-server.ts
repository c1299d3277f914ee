import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { dataDir, ensurePrivateDir } from "@/lib/data-dir";
import { openDb, openPostgres, setDb, type OpenedDb } from "./client";
import { SessionAffinityQueue } from "./session-queue";

// PGlite is single-process: two processes opening one data directory corrupt it. So the process
// that owns the directory (the app) also serves it, and any other process (the CLI, while the app
// runs) connects there with the ordinary pg driver instead of opening the directory.
//
// PGlite has no passwords and its server speaks as superuser, so it never listens on TCP: it
// serves a unix socket in a directory only the owner may enter (0700), announced in
// <PGLITE_DIR>-server/server.json (0600), beside this installation's data and nobody else's.

export const ZServerInfoSchema = z.object({
  pid: z.number().int().positive(),
  /** The directory holding the socket `.s.PGSQL.5432` (libpq's layout). */
  socketDir: z.string().min(1),
  dir: z.string().min(1),
});
export type ServerInfo = z.infer<typeof ZServerInfoSchema>;

const MAX_CONNECTIONS = 12;
/** The app's own share of the connections; the rest stay free for the CLI and other tools. */
const APP_POOL_MAX = 4;
const SOCKET_NAME = ".s.PGSQL.5432";
/** sun_path holds 108 bytes on Linux (104 on macOS); stay clear of both. */
const MAX_SOCKET_PATH = 100;

/** This installation's own run directory: the announcement, and the socket when it fits. */
export function runDir(pgliteDir: string): string {
  return `${path.resolve(pgliteDir)}-server`;
}

export function serverInfoPath(pgliteDir: string): string {
  return path.join(runDir(pgliteDir), "server.json");
}

export function socketPath(info: Pick<ServerInfo, "socketDir">): string {
  return path.join(info.socketDir, SOCKET_NAME);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The server announced for this directory, if its process is still alive. */
export function readLiveServer(pgliteDir: string): ServerInfo | null {
  let raw: string;
  try {
    raw = readFileSync(serverInfoPath(pgliteDir), "utf8");
  } catch {
    return null;
  }
  let parsed: ReturnType<typeof ZServerInfoSchema.safeParse>;
  try {
    parsed = ZServerInfoSchema.safeParse(JSON.parse(raw));
  } catch {
    return null;
  }
  if (!parsed.success || parsed.data.dir !== path.resolve(pgliteDir)) return null;
  return pidAlive(parsed.data.pid) ? parsed.data : null;
}

/**
 * Whether something accepts connections on the announced socket. A recycled pid can make a
 * crashed app's announcement look alive; nobody listening means nobody holds the directory.
 */
export async function serverReachable(info: Pick<ServerInfo, "socketDir">): Promise<boolean> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const socket = net.createConnection({ path: socketPath(info) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(5000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export function serverUrl(info: Pick<ServerInfo, "socketDir">): string {
  return `postgres://postgres@localhost/postgres?host=${encodeURIComponent(info.socketDir)}`;
}

/** Connects to a running app's PGlite over its socket (the CLI while the app runs). */
export async function connectToServer(info: ServerInfo, poolMax = 2): Promise<OpenedDb> {
  const opened = await openPostgres(serverUrl(info), poolMax, false);
  return { ...opened, engine: "pglite", via: "socket" };
}

function writeInfo(file: string, info: ServerInfo): void {
  ensurePrivateDir(path.dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(info) + "\n", { mode: 0o600 });
  renameSync(tmp, file);
}

function removeInfoIfOurs(file: string): void {
  try {
    const info = ZServerInfoSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    if (info.pid === process.pid) rmSync(file, { force: true });
  } catch {
    // Already gone or someone else's: nothing to clean.
  }
}

/**
 * The socket goes in the installation's run directory when its path fits in a socket address,
 * else in a fresh private directory under the system's temporary directory.
 */
function chooseSocketDir(pgliteDir: string): string {
  const own = ensurePrivateDir(runDir(pgliteDir));
  if (socketPath({ socketDir: own }).length <= MAX_SOCKET_PATH) return own;
  return mkdtempSync(path.join(tmpdir(), "leadscout-pg-")); // mkdtemp makes it 0700
}

export interface EmbeddedApp {
  opened: OpenedDb;
  /** Set when this process serves the directory. */
  server?: ServerInfo;
}

/**
 * Opens the app's database and installs it as the process database. With DATABASE_URL it is
 * plain Postgres. Otherwise this process opens the PGlite directory, serves it on 127.0.0.1 and
 * itself connects through that server too, so the app's and the CLI's transactions are
 * serialised by one queue rather than interleaving in PGlite's single session. If another live
 * process already serves the directory, this one becomes its client.
 */
export function openEmbeddedForApp(
  opts: { databaseUrl?: string; pgliteDir?: string } = {},
): Promise<EmbeddedApp> {
  // Once per process: Next may call instrumentation again after a dev reload.
  const holder = ((
    globalThis as { __leadscoutEmbedded?: { app?: Promise<EmbeddedApp> } }
  ).__leadscoutEmbedded ??= {});
  if (!holder.app) {
    const opening = openEmbedded(opts);
    holder.app = opening;
    opening.catch(() => {
      if (holder.app === opening) holder.app = undefined;
    });
  }
  return holder.app;
}

async function openEmbedded(opts: {
  databaseUrl?: string;
  pgliteDir?: string;
}): Promise<EmbeddedApp> {
  const { env } = await import("../env");
  const e = env();
  const databaseUrl = opts.databaseUrl ?? e.DATABASE_URL;
  if (databaseUrl) {
    const opened = await openDb({ databaseUrl });
    setDb(opened);
    return { opened };
  }
  const dir = path.resolve(opts.pgliteDir ?? e.PGLITE_DIR);
  const running = readLiveServer(dir);
  if (running && running.pid !== process.pid) {
    const opened = await connectToServer(running, APP_POOL_MAX);
    setDb(opened);
    return { opened };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  dataDir();
  ensurePrivateDir(dir);
  const pglite = await PGlite.create(dir);
  const socketDir = chooseSocketDir(dir);
  // Nobody serves this directory (checked above): a socket left by a crashed app is stale.
  rmSync(socketPath({ socketDir }), { force: true });
  const server = new PGLiteSocketServer({
    db: pglite,
    path: socketPath({ socketDir }),
    maxConnections: MAX_CONNECTIONS,
  });
  (server as unknown as { queryQueue: SessionAffinityQueue }).queryQueue = new SessionAffinityQueue(
    pglite,
  );
  await server.start();
  const info: ServerInfo = { pid: process.pid, socketDir, dir };
  const file = serverInfoPath(dir);
  writeInfo(file, info);
  const onExit = () => removeInfoIfOurs(file);
  process.once("exit", onExit);

  const client = await connectToServer(info, APP_POOL_MAX);
  const opened: OpenedDb = {
    ...client,
    async close() {
      const holder = (globalThis as { __leadscoutEmbedded?: { app?: Promise<EmbeddedApp> } })
        .__leadscoutEmbedded;
      if (holder) holder.app = undefined;
      process.removeListener("exit", onExit);
      removeInfoIfOurs(file);
      await client.close();
      await server.stop();
      await pglite.close();
      if (socketDir !== runDir(dir)) rmSync(socketDir, { recursive: true, force: true });
    },
  };
  setDb(opened);
  return { opened, server: info };
}
