import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./usage";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command's options strictly: unknown options, stray positionals and missing required
 * options are usage errors. Values are checked later by the domain's own schemas.
 */
export function parseCommandArgs<const R extends string, const O extends string = never>(
  argv: string[],
  spec: { required: readonly R[]; optional?: readonly O[] },
): Record<R, string> & Partial<Record<O, string>> {
  const names = [...spec.required, ...(spec.optional ?? [])];
  const options: Options = Object.fromEntries(names.map((n) => [n, { type: "string" as const }]));
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const missing = spec.required.filter((n) => typeof values[n] !== "string" || values[n] === "");
  if (missing.length > 0)
    throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(", ")}`);
  return values as Record<R, string> & Partial<Record<O, string>>;
}
