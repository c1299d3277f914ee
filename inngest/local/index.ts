import { sql } from "kysely";
import { asServiceRole } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@leadscout/log";
import { LocalExecutor, type LocalExecutorOptions } from "./executor";
import { inngestMode } from "./mode";
import type { Transport } from "./protocol";

export { DEFAULT_CONCURRENCY, LocalExecutor, defaultBackoffMs } from "./executor";
export type { LocalExecutorOptions } from "./executor";
export { UnsupportedFunctionConfigError } from "./config";
export { UnsupportedExpressionError } from "./expression";
export { inngestMode, LOCAL_ORIGIN } from "./mode";
export type { Transport } from "./protocol";

type Holder = { executor?: LocalExecutor };
const holder = ((globalThis as { __leadscoutInngestLocal?: Holder }).__leadscoutInngestLocal ??=
  {});

/**
 * The app's serve() handler, called in process with a constructed Request: no port and no HTTP
 * route (the client is unsigned locally, so /api/inngest stays closed), yet exactly the code
 * Inngest Cloud would call.
 */
export const inProcessTransport: Transport = async (req) => {
  const { inngestHandler } = await import("../serve");
  const handler = { GET: inngestHandler.GET, POST: inngestHandler.POST, PUT: inngestHandler.PUT }[
    req.method as "GET" | "POST" | "PUT"
  ];
  if (!handler) return new Response("method not allowed", { status: 405 });
  return (handler as unknown as Transport)(req);
};

/** The same handler reached over HTTP, e.g. `http://127.0.0.1:3000/api/inngest`. */
export function httpTransport(): Transport {
  return (req) => fetch(req);
}

async function schemaReady(): Promise<boolean> {
  const { rows } = await asServiceRole((tx) =>
    sql<{ ok: boolean }>`select to_regclass('inngest_local.queue') is not null as ok`.execute(tx),
  );
  return Boolean(rows[0]?.ok);
}

/**
 * Starts the embedded executor when no Inngest server is configured (called once at server
 * start-up, after migrations). A no-op otherwise, or if it is already running.
 */
export async function startLocalExecutor(
  options: Partial<LocalExecutorOptions> = {},
): Promise<LocalExecutor | undefined> {
  if (inngestMode() !== "local") return undefined;
  if (holder.executor) return holder.executor;
  if (!(await schemaReady())) {
    log.warn("inngest/local not started: its tables are missing; run `pnpm cli db migrate`");
    return undefined;
  }
  const serveUrl = new URL("/api/inngest", env().APP_URL).href;
  const executor = new LocalExecutor({ transport: inProcessTransport, serveUrl, ...options });
  await executor.start();
  holder.executor = executor;
  log.info("inngest/local executor started", {
    functions: [...executor.registeredFunctions.keys()],
  });
  return executor;
}

/** Graceful shutdown: in-flight work finishes and commits; queued work waits for the next start. */
export async function stopLocalExecutor(): Promise<void> {
  const executor = holder.executor;
  holder.executor = undefined;
  await executor?.stop();
}
