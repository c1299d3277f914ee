import { AsyncLocalStorage } from "node:async_hooks";

// Structured JSON logs, one object a line; every line inside a request carries its request id.
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

interface LogContext {
  requestId?: string;
  [key: string]: unknown;
}

const storage = new AsyncLocalStorage<LogContext>();

export function withLogContext<T>(ctx: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...ctx }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

function threshold(): number {
  const level = (process.env.LOG_LEVEL ??
    (process.env.NODE_ENV === "test" ? "warn" : "info")) as Level;
  return ORDER[level] ?? ORDER.info;
}

function serializeError(err: unknown): unknown {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return err;
}

function write(level: Level, msg: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < threshold()) return;
  const line: Record<string, unknown> = {
    level,
    time: new Date().toISOString(),
    msg,
    ...storage.getStore(),
  };
  for (const [k, v] of Object.entries(fields ?? {})) line[k] = k === "err" ? serializeError(v) : v;
  // MCP servers own stdout for the protocol, so everything that is not the app logs to stderr.
  const out =
    process.env.LOG_TO_STDERR === "1" || level === "error" ? process.stderr : process.stdout;
  out.write(JSON.stringify(line) + "\n");
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
