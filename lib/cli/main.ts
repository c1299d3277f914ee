import { closeDb } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { log } from "@leadscout/log";
import { apiKeyCreate } from "./commands/api-key-create";
import { contactsBackfill } from "./commands/contacts-backfill";
import { creditsGrant } from "./commands/credits-grant";
import { planSet } from "./commands/plan-set";
import { dbMigrate } from "./commands/db-migrate";
import { dbReset } from "./commands/db-reset";
import { orgCreate } from "./commands/org-create";
import { secretsRotate } from "./commands/secrets-rotate";
import { userCreate } from "./commands/user-create";
import { USAGE, UsageError } from "./usage";

type Command = (argv: string[]) => Promise<object>;

const COMMANDS: Record<string, Command> = {
  "user create": userCreate,
  "org create": orgCreate,
  "api-key create": apiKeyCreate,
  "plan set": planSet,
  "credits grant": creditsGrant,
  "db migrate": dbMigrate,
  "db reset": dbReset,
  "secrets rotate": secretsRotate,
  "contacts backfill": contactsBackfill,
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
  const command = COMMANDS[`${group ?? ""} ${action ?? ""}`];
  try {
    if (!command)
      throw new UsageError(
        group
          ? `Unknown command: ${[group, action].filter(Boolean).join(" ")}`
          : "No command given",
      );
    const result = await command(rest);
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
    await closeDb().catch((err: unknown) => log.warn("closing the database failed", { err }));
  }
}
