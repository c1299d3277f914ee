import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyApiKey } from "@/lib/api-keys";
import { createLocalUser } from "@/lib/auth/users";
import {
  asServiceRole,
  closeDb,
  migrate,
  openEmbeddedForApp,
  readLiveServer,
  serverInfoPath,
  type EmbeddedApp,
} from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { REPO, runCli, TEST_HASH_SECRET } from "./run-cli";

// The app owns the PGlite directory and serves it on loopback; the CLI, run while the app is up,
// must go through that server (two processes opening one PGlite directory would corrupt it) and
// both must see each other's writes.
const root = mkdtempSync(path.join(tmpdir(), "leadscout-embedded-"));
const PGLITE_DIR = path.join(root, "pglite");
const SLOW = 240_000;
const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  API_KEY_HASH_SECRET: process.env.API_KEY_HASH_SECRET,
};
let app: EmbeddedApp;
let listeningBefore: Set<string>;

/** Socket inodes of this process that listen on TCP (v4 or v6), from /proc. */
function tcpListeners(): Set<string> {
  const mine = new Set(
    readdirSync("/proc/self/fd")
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1];
        } catch {
          return undefined;
        }
      })
      .filter((inode): inode is string => Boolean(inode)),
  );
  const listening = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === "0A" && mine.has(cols[9]!)) listening.add(cols[9]!);
    }
  }
  return listening;
}

beforeAll(async () => {
  listeningBefore = tcpListeners();
  // This file is about the embedded engine even when the suite runs against Postgres.
  delete process.env.DATABASE_URL;
  process.env.API_KEY_HASH_SECRET = TEST_HASH_SECRET;
  resetEnvForTests();
  app = await openEmbeddedForApp({ pgliteDir: PGLITE_DIR });
  await migrate(app.opened);
}, SLOW);

afterAll(async () => {
  await closeDb();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
  rmSync(root, { recursive: true, force: true });
});

describe("embedded mode with the app running", () => {
  it("serves a unix socket in a private directory and no TCP port at all", () => {
    // PGlite's server has no passwords and speaks as superuser: TCP would hand every local
    // process the whole database, RLS bypassed.
    expect([...tcpListeners()].filter((inode) => !listeningBefore.has(inode))).toEqual([]);
    const socketDir = app.server!.socketDir;
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(socketDir, ".s.PGSQL.5432")).isSocket()).toBe(true);
    expect(statSync(serverInfoPath(PGLITE_DIR)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(REPO, ".data")).mode & 0o777).toBe(0o700);
  });

  it("keeps its announcement inside its own installation's run directory", () => {
    // Two installations whose data directories share a parent announce apart.
    expect(serverInfoPath(path.join(root, "a"))).not.toBe(serverInfoPath(path.join(root, "b")));
    expect(path.dirname(serverInfoPath(PGLITE_DIR))).toBe(`${PGLITE_DIR}-server`);
  });

  it("announces its server in the installation's run directory", () => {
    expect(app.server).toMatchObject({ pid: process.pid, dir: PGLITE_DIR });
    const file = serverInfoPath(PGLITE_DIR);
    expect(file).toBe(path.join(root, "pglite-server", "server.json"));
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(app.server);
    expect(readLiveServer(PGLITE_DIR)).toEqual(app.server);
    expect(app.opened).toMatchObject({ engine: "pglite", via: "socket" });
  });

  it(
    "the CLI connects through the server and sees the app's writes, and the app sees the CLI's",
    async () => {
      // Written by the app process...
      const user = await createLocalUser({
        email: "owner@embedded.test",
        password: "a long enough password",
      });
      // ...read and extended by the CLI process.
      const org = await runCli(
        ["org", "create", "--name", "Embedded Co", "--owner", "owner@embedded.test"],
        { PGLITE_DIR },
      );
      expect(org.code, org.stderr).toBe(0);
      expect(org.stderr).toMatch(/"via":"socket"/);
      const slug = (org.json() as { organization: { slug: string } }).organization.slug;

      const key = await runCli(
        ["api-key", "create", "--org", slug, "--name", "from cli", "--scopes", "read"],
        { PGLITE_DIR },
      );
      expect(key.code, key.stderr).toBe(0);
      const { key: plaintext } = key.json() as { key: string };

      // Back in the app: the organization, its admin and the key the CLI made are all there.
      const members = await asServiceRole((tx) =>
        tx
          .selectFrom("team_members")
          .innerJoin("organizations", "organizations.id", "team_members.org_id")
          .select(["team_members.user_id", "team_members.role"])
          .where("organizations.slug", "=", slug)
          .execute(),
      );
      expect(members).toEqual([{ user_id: user.id, role: "admin" }]);
      await expect(verifyApiKey(plaintext)).resolves.toMatchObject({ scopes: ["read"] });
    },
    SLOW,
  );

  it(
    "two CLIs at once are served one after the other without mixing their sessions",
    async () => {
      const runs = await Promise.all(
        ["one", "two", "three"].map((n) =>
          runCli(
            [
              "user",
              "create",
              "--email",
              `parallel-${n}@embedded.test`,
              "--password",
              "a long enough password",
            ],
            { PGLITE_DIR },
          ),
        ),
      );
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      const emails = await asServiceRole((tx) =>
        tx
          .selectFrom("auth.users")
          .select("email")
          .where("email", "like", "parallel-%")
          .orderBy("email")
          .execute(),
      );
      expect(emails.map((e) => e.email)).toEqual([
        "parallel-one@embedded.test",
        "parallel-three@embedded.test",
        "parallel-two@embedded.test",
      ]);
    },
    SLOW,
  );

  it("keeps concurrent parameterised queries of the app's connections apart", async () => {
    // Four pooled connections share PGlite's one session through the server's queue. Outside a
    // transaction each query is Parse/Bind/Execute/Sync on the unnamed statement: another
    // connection's messages must not land in between.
    type Row = { v: string; who: string };
    const query = (i: number) => sql<Row>`select ${`s${i}`}::text as v, current_user::text as who`;
    const results = await Promise.all(
      Array.from({ length: 60 }, async (_, i) =>
        i % 3 === 0
          ? asServiceRole(async (tx) => (await query(i).execute(tx)).rows[0]!)
          : (await query(i).execute(app.opened.db)).rows[0]!,
      ),
    );
    results.forEach((r, i) =>
      expect(r).toEqual({ v: `s${i}`, who: i % 3 === 0 ? "service_role" : "postgres" }),
    );
  });

  it("ignores an announcement whose process is gone", () => {
    const other = path.join(root, "stale", "pglite");
    const file = serverInfoPath(other);
    mkdirSync(path.dirname(file), { recursive: true });
    // A pid that cannot be alive: the kernel never hands out pid 2^22 + 1 by default.
    writeFileSync(file, JSON.stringify({ pid: 4_194_305, socketDir: root, dir: other }));
    expect(readLiveServer(other)).toBeNull();
    // A live process announcing a different directory does not count either.
    writeFileSync(
      file,
      JSON.stringify({ pid: process.pid, socketDir: root, dir: "/somewhere/else" }),
    );
    expect(readLiveServer(other)).toBeNull();
  });

  it(
    "removes the announcement when the app shuts down",
    async () => {
      await closeDb();
      expect(existsSync(serverInfoPath(PGLITE_DIR))).toBe(false);
      expect(readLiveServer(PGLITE_DIR)).toBeNull();
    },
    SLOW,
  );
});
