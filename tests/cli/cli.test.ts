import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keyId } from "@/lib/crypto";
import { openDb } from "@/lib/db/client";
import { runCli, TEST_HASH_SECRET } from "./run-cli";

// The CLI as operators run it: a child process, one JSON object on stdout, logs on stderr, exit
// codes 0/1/2, against a PGlite directory of its own. The machine may be busy; PGlite needs a few
// seconds to open a directory, hence the long timeouts (no timing is asserted).
const root = mkdtempSync(path.join(tmpdir(), "leadscout-cli-"));
const PGLITE_DIR = path.join(root, "pglite");
const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(args, { PGLITE_DIR, ...env });
const SLOW = 240_000;

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("arguments", () => {
  it.each([
    [[], /No command given/],
    [["frobnicate"], /Unknown command: frobnicate/],
    [["user", "create", "--email", "a@b.co"], /Missing --password/],
    [
      ["org", "create", "--name", "X", "--owner", "a@b.co", "--colour", "red"],
      /Unknown option '--colour'/,
    ],
    [["db", "migrate", "extra"], /positional/i],
  ])("%j → usage on stderr, exit 2, nothing on stdout", async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Usage: pnpm cli");
  });
});

describe("commands", () => {
  let email: string;
  let slug: string;

  it(
    "db migrate applies every migration once",
    async () => {
      const first = await cli(["db", "migrate"]);
      expect(first.code, first.stderr).toBe(0);
      const out = first.json() as { applied: string[]; pending: string[] };
      expect(out.applied.length).toBeGreaterThanOrEqual(3);
      expect(out.pending).toEqual([]);
      const again = await cli(["db", "migrate"]);
      expect(again.json()).toMatchObject({ applied: [], pending: [] });
    },
    SLOW,
  );

  it(
    "user create prints the user; a taken email is a field error with exit 1",
    async () => {
      email = "Operator@Example.com";
      const run = await cli([
        "user",
        "create",
        "--email",
        email,
        "--password",
        "correct horse battery",
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.json()).toEqual({
        user: { id: expect.any(String), email: "operator@example.com" },
      });
      const again = await cli([
        "user",
        "create",
        "--email",
        email.toLowerCase(),
        "--password",
        "correct horse battery",
      ]);
      expect(again.code).toBe(1);
      expect(again.stdout).toBe("");
      expect(again.error()).toMatchObject({
        code: "validation_failed",
        fields: { email: [expect.any(String)] },
      });
      const short = await cli(["user", "create", "--email", "not-an-email", "--password", "short"]);
      expect(short.code).toBe(1);
      expect(Object.keys(short.error().fields ?? {}).sort()).toEqual(["email", "password"]);
    },
    SLOW,
  );

  it(
    "org create makes the owner its admin and prints the slug",
    async () => {
      const run = await cli([
        "org",
        "create",
        "--name",
        "Acme Robotics",
        "--owner",
        "operator@example.com",
      ]);
      expect(run.code, run.stderr).toBe(0);
      const org = (run.json() as { organization: { slug: string; name: string } }).organization;
      expect(org).toMatchObject({ name: "Acme Robotics", slug: "acme-robotics" });
      slug = org.slug;
      const unknown = await cli([
        "org",
        "create",
        "--name",
        "Ghost",
        "--owner",
        "nobody@example.com",
      ]);
      expect(unknown.code).toBe(1);
      expect(unknown.error().code).toBe("not_found");
    },
    SLOW,
  );

  it(
    "api-key create prints the plaintext once and stores only its HMAC",
    async () => {
      const run = await cli([
        "api-key",
        "create",
        "--org",
        slug,
        "--name",
        "CI",
        "--scopes",
        "read,write,delete",
        "--expires-at",
        "2099-01-01T00:00:00Z",
      ]);
      expect(run.code, run.stderr).toBe(0);
      const { key, apiKey } = run.json() as {
        key: string;
        apiKey: { id: string; keyHint: string; scopes: string[]; expiresAt: string };
      };
      expect(key).toMatch(/^ls_live_[0-9A-Za-z]{32,}$/);
      expect(apiKey.keyHint).toBe(`ls_live_…${key.slice(-4)}`);
      expect(apiKey.scopes).toEqual(["read", "write", "delete"]);
      expect(apiKey.expiresAt).toBe("2099-01-01T00:00:00.000Z");
      expect(run.stdout).not.toContain("key_hash");

      const bad = await cli([
        "api-key",
        "create",
        "--org",
        slug,
        "--name",
        "CI",
        "--scopes",
        "read,sudo",
        "--expires-at",
        "yesterday",
      ]);
      expect(bad.code).toBe(1);
      expect(bad.error().code).toBe("validation_failed");
      const noOrg = await cli([
        "api-key",
        "create",
        "--org",
        "no-such-org",
        "--name",
        "CI",
        "--scopes",
        "read",
      ]);
      expect(noOrg.error().code).toBe("not_found");

      // Read the directory directly (no CLI running now) to see what was stored.
      const opened = await openDb({ pgliteDir: PGLITE_DIR });
      try {
        const row = await opened.db
          .selectFrom("api_keys")
          .selectAll()
          .where("id", "=", apiKey.id)
          .executeTakeFirstOrThrow();
        expect(row.key_hash).toBe(createHmac("sha256", TEST_HASH_SECRET).update(key).digest("hex"));
        expect(JSON.stringify(row)).not.toContain(key);
      } finally {
        await opened.close();
      }
    },
    SLOW,
  );

  it(
    "secrets rotate re-encrypts under ENCRYPTION_KEY and names the key it used",
    async () => {
      const key = "cli-test-encryption-key-cli-test-encryption-key";
      const run = await cli(["secrets", "rotate"], { ENCRYPTION_KEY: key });
      expect(run.code, run.stderr).toBe(0);
      expect(run.json()).toEqual({
        key_id: keyId(key),
        webhooks: { resealed: 0, failed: 0 },
        crm: { resealed: 0, failed: 0 },
        provider_keys: { resealed: 0, failed: 0 },
      });
    },
    SLOW,
  );

  it(
    "db reset refuses when DATABASE_URL is set, and otherwise starts over",
    async () => {
      const refused = await cli(["db", "reset"], {
        DATABASE_URL: "postgres://nobody@127.0.0.1:1/prod",
      });
      expect(refused.code).toBe(1);
      expect(refused.error().code).toBe("forbidden");
      const reset = await cli(["db", "reset"]);
      expect(reset.code, reset.stderr).toBe(0);
      expect(reset.json()).toMatchObject({ reset: true });
      // The user is gone: the same email can sign up again.
      const again = await cli([
        "user",
        "create",
        "--email",
        "operator@example.com",
        "--password",
        "correct horse battery",
      ]);
      expect(again.code, again.stderr).toBe(0);
    },
    SLOW,
  );
});
