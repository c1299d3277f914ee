import { sql } from "kysely";
import { z } from "zod";
import { asServiceRole } from "@/lib/db";
import { toLocalFunction, UnsupportedFunctionConfigError, type LocalFunction } from "./config";
import type { Transport } from "./protocol";

const ZInBandSyncResponseSchema = z.object({ functions: z.array(z.unknown()) }).passthrough();

/**
 * Registers the app's functions the way an Inngest server does with an in-band sync: a PUT to
 * the serve() handler with `x-inngest-sync-kind: in_band`, answered with every function's
 * config. Any option, trigger or expression this executor cannot honour is collected and thrown
 * as one error naming each, before a single event is processed.
 */
export async function registerFunctions(
  transport: Transport,
  serveUrl: string,
): Promise<Map<string, LocalFunction>> {
  const res = await transport(
    new Request(serveUrl, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-inngest-sync-kind": "in_band" },
      body: JSON.stringify({ url: serveUrl }),
    }),
  );
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(
      `inngest/local: registering with the serve() handler failed (${res.status}): ${text.slice(0, 500)}`,
    );
  const parsed = ZInBandSyncResponseSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `inngest/local: the serve() handler's sync answer is unreadable: ${parsed.error.message}`,
    );

  const problems: string[] = [];
  const functions = new Map<string, LocalFunction>();
  for (const raw of parsed.data.functions) {
    const fn = toLocalFunction(raw, problems);
    if (fn) functions.set(fn.id, fn);
  }
  if (problems.length) throw new UnsupportedFunctionConfigError(problems);

  await asServiceRole(async (tx) => {
    for (const raw of parsed.data.functions) {
      const id = (raw as { id: string }).id;
      await sql`insert into inngest_local.functions (id, config) values (${id}, ${JSON.stringify(raw)}::jsonb)
        on conflict (id) do update set config = excluded.config, synced_at = now()`.execute(tx);
    }
  });
  return functions;
}
