import { toAppError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { USAGE, UsageError } from "./usage";

type Command = (argv: string[]) => Promise<object>;

// Each command is loaded when it runs: the database stack alone takes seconds to load, and a
// usage error or `--help` should not wait for it.
const COMMANDS: Record<string, () => Promise<Command>> = {
  "user create": async () => (await import("./commands/user-create")).userCreate,
  "org create": async () => (await import("./commands/org-create")).orgCreate,
  "api-key create": async () => (await import("./commands/api-key-create")).apiKeyCreate,
  "plan set": async () => (await import("./commands/plan-set")).planSet,
  "credits grant": async () => (await import("./commands/credits-grant")).creditsGrant,
  "db migrate": async () => (await import("./commands/db-migrate")).dbMigrate,
  "db reset": async () => (await import("./commands/db-reset")).dbReset,
  "secrets rotate": async () => (await import("./commands/secrets-rotate")).secretsRotate,
  "contacts backfill": async () => (await import("./commands/contacts-backfill")).contactsBackfill,
};

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** Runs one CLI invocation and returns its exit code: 0 done, 1 refused or failed, 2 usage. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [group, action, ...rest] = argv;
  if (group === "--help" || group === "-h" || group === "help") {
    io.stdout(USAGE + "\n");
    return 0;
  }
  const load = COMMANDS[`${group ?? ""} ${action ?? ""}`];
  try {
    if (!load)
      throw new UsageError(
        group
          ? `Unknown command: ${[group, action].filter(Boolean).join(" ")}`
          : "No command given",
      );
    const result = await (await load())(rest);
    io.stdout(JSON.stringify(result) + "\n");
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    const e = toAppError(err);
    if (e.code === "internal") log.error("cli command failed", { err });
    io.stderr(
      JSON.stringify({
        error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) },
      }) + "\n",
    );
    return 1;
  } finally {
    // Only a command that ran can have opened the database (and loaded its module).
    if (load) {
      const { closeDb } = await import("@/lib/db");
      await closeDb().catch((err: unknown) => log.warn("closing the database failed", { err }));
    }
  }
}
