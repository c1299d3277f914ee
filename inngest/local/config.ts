import { z } from "zod";
import { compileCondition, evaluate, parseExpression, type ExprContext } from "./expression";

// A function config as the serve() handler reports it on an in-band sync (the SDK's register
// body). Parsed loosely on purpose: every key is kept so an option this executor does not
// implement is reported by name instead of being dropped.
const ZConcurrencyItemSchema = z.object({
  limit: z.number().int(),
  key: z.string().optional(),
  scope: z.enum(["fn", "env", "account"]).optional(),
});

export const ZFunctionConfigSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    triggers: z.array(
      z
        .object({
          event: z.string().optional(),
          expression: z.string().optional(),
          cron: z.string().optional(),
        })
        .passthrough(),
    ),
    steps: z.record(
      z.string(),
      z.object({
        id: z.string(),
        runtime: z.object({ type: z.string(), url: z.string() }),
        retries: z.object({ attempts: z.number().int().min(0).optional() }).optional(),
      }),
    ),
    concurrency: z
      .union([z.number().int(), ZConcurrencyItemSchema, z.array(ZConcurrencyItemSchema)])
      .optional(),
    cancel: z
      .array(
        z.object({ event: z.string(), if: z.string().optional(), timeout: z.string().optional() }),
      )
      .optional(),
  })
  .passthrough();
export type FunctionConfig = z.infer<typeof ZFunctionConfigSchema>;

/** Options the SDK can register that the embedded executor does not implement. */
const UNSUPPORTED_OPTIONS = [
  "batchEvents",
  "rateLimit",
  "throttle",
  "debounce",
  "priority",
  "idempotency",
  "singleton",
  "timeouts",
];
const KNOWN_OPTIONS = new Set([
  "id",
  "name",
  "triggers",
  "steps",
  "concurrency",
  "cancel",
  ...UNSUPPORTED_OPTIONS,
]);

export class UnsupportedFunctionConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `inngest/local cannot run these functions as configured:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "UnsupportedFunctionConfigError";
  }
}

export interface ConcurrencySpec {
  limit: number;
  scope: "fn" | "env" | "account";
  key?: (ctx: ExprContext) => unknown;
}

export interface LocalFunction {
  id: string;
  /** The URL the SDK gave for this function's single "step" entry: fnId & stepId are in it. */
  url: string;
  triggers: { event: string; matches: (ctx: ExprContext) => boolean }[];
  cancel: { event: string; matches: (ctx: ExprContext) => boolean }[];
  concurrency: ConcurrencySpec[];
  /** Attempts per step and per function-level call: the function's `retries` + 1. */
  maxAttempts: number;
}

const DEFAULT_RETRIES = 3;

function compileKey(src: string): (ctx: ExprContext) => unknown {
  const e = parseExpression(src);
  return (ctx) => evaluate(e, ctx);
}

/** Turns one registered config into what the executor needs, collecting every problem. */
export function toLocalFunction(raw: unknown, problems: string[]): LocalFunction | undefined {
  const parsed = ZFunctionConfigSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(
      `a function config could not be read: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
    return undefined;
  }
  const cfg = parsed.data;
  const where = `function "${cfg.id}"`;
  const before = problems.length;
  const attempt = <T>(what: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (err) {
      problems.push(`${where}: ${what}: ${(err as Error).message}`);
      return undefined;
    }
  };

  for (const [key, value] of Object.entries(cfg)) {
    if (value === undefined || value === null) continue;
    if (UNSUPPORTED_OPTIONS.includes(key))
      problems.push(`${where}: option "${key}" is not supported by the embedded executor`);
    else if (!KNOWN_OPTIONS.has(key)) problems.push(`${where}: unknown option "${key}"`);
  }

  const step = Object.values(cfg.steps)[0];
  if (!step || Object.keys(cfg.steps).length !== 1)
    problems.push(`${where}: expected exactly one step entry`);
  else if (step.runtime.type !== "http")
    problems.push(`${where}: runtime "${step.runtime.type}" is not supported (only http)`);

  const triggers: LocalFunction["triggers"] = [];
  for (const t of cfg.triggers) {
    if (t.cron) problems.push(`${where}: cron triggers are not supported by the embedded executor`);
    else if (!t.event) problems.push(`${where}: a trigger has no event`);
    else {
      const matches = attempt(`trigger "${t.event}"`, () => compileCondition(t.expression));
      if (matches) triggers.push({ event: t.event, matches });
    }
  }

  const cancel: LocalFunction["cancel"] = [];
  for (const c of cfg.cancel ?? []) {
    if (c.timeout)
      problems.push(`${where}: cancelOn timeout is not supported by the embedded executor`);
    const matches = attempt(`cancelOn "${c.event}"`, () => compileCondition(c.if));
    if (matches) cancel.push({ event: c.event, matches });
  }

  const concurrency: ConcurrencySpec[] = [];
  const items =
    cfg.concurrency === undefined
      ? []
      : typeof cfg.concurrency === "number"
        ? [{ limit: cfg.concurrency }]
        : [cfg.concurrency].flat();
  for (const item of items) {
    const c = item as z.infer<typeof ZConcurrencyItemSchema>;
    const scope = c.scope ?? "fn";
    if (scope !== "fn" && !c.key)
      problems.push(`${where}: concurrency with scope "${scope}" needs a key`);
    if (c.limit <= 0) continue; // 0 means "no limit of its own" in Inngest
    const key = c.key ? attempt(`concurrency key`, () => compileKey(c.key!)) : undefined;
    concurrency.push({ limit: c.limit, scope, key });
  }

  if (problems.length > before || !step) return undefined;
  return {
    id: cfg.id,
    url: step.runtime.url,
    triggers,
    cancel,
    concurrency,
    maxAttempts: (step.retries?.attempts ?? DEFAULT_RETRIES) + 1,
  };
}

/** The concurrency keys (and their limits) a run of `fn` started by `event` counts against. */
export function concurrencyKeysFor(
  fn: LocalFunction,
  event: unknown,
): { keys: string[]; limits: number[] } {
  const keys: string[] = [];
  const limits: number[] = [];
  for (const [i, c] of fn.concurrency.entries()) {
    const value = c.key ? JSON.stringify(c.key({ event }) ?? null) : "";
    // fn scope: per function (and key value); env/account scope: shared by every function using
    // the same key value, which is how Inngest builds cross-function limits.
    keys.push(c.scope === "fn" ? `fn:${fn.id}:${i}:${value}` : `${c.scope}:${value}`);
    limits.push(c.limit);
  }
  return { keys, limits };
}
