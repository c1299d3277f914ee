import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asServiceRole, withAnon, withUser } from "@/lib/db";
import { inngest, sendEvent } from "@/inngest/client";
import { httpTransport, LocalExecutor } from "@/inngest/local";
import { endedRuns, serveTransport, useExecutorDb } from "./harness";

useExecutorDb();

const greet = inngest.createFunction(
  { id: "greet", triggers: [{ event: "test/greet" }] },
  async ({ event, step }) => {
    const name = await step.run("name", () => (event.data as { name: string }).name);
    return step.run("greeting", () => `hello ${name}`);
  },
);

// The serve() handler behind a real loopback HTTP server, as `next start` would expose it.
let server: Server;
let executor: LocalExecutor;
beforeAll(async () => {
  const handle = serveTransport([greet]);
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const response = await handle(
      new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  executor = new LocalExecutor({
    transport: httpTransport(),
    serveUrl: `http://127.0.0.1:${port}/api/inngest`,
    pollMs: 20,
  });
  await executor.start();
});
afterAll(async () => {
  await executor.stop();
  await new Promise((resolve) => server.close(resolve));
});

describe("inngest/local over loopback HTTP", () => {
  it("registers and runs a function through the handler served over HTTP", async () => {
    await sendEvent({ name: "test/greet", data: { name: "Ada" } });
    const [run] = await endedRuns("greet");
    expect(run).toMatchObject({ status: "completed", output: "hello Ada" });
  });
});

describe("the executor's tables", () => {
  const tables = ["functions", "events", "runs", "steps", "queue", "waits"];

  it("are out of reach for the API roles", async () => {
    const claims = { sub: randomUUID(), role: "authenticated" as const };
    for (const table of tables) {
      await expect(
        withUser(claims, (tx) =>
          sql`select 1 from ${sql.table(`inngest_local.${table}`)}`.execute(tx),
        ),
      ).rejects.toThrow(/permission denied/);
      await expect(
        withAnon((tx) => sql`select 1 from ${sql.table(`inngest_local.${table}`)}`.execute(tx)),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it("have RLS enabled with no policies, and the service role can use them", async () => {
    const { rows } = await asServiceRole((tx) =>
      sql<{
        relname: string;
        rls: boolean;
        policies: number;
      }>`select c.relname, c.relrowsecurity as rls,
        (select count(*)::int from pg_policies p where p.schemaname = 'inngest_local' and p.tablename = c.relname) as policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'inngest_local' and c.relkind = 'r' order by c.relname`.execute(tx),
    );
    expect(rows).toEqual(tables.sort().map((relname) => ({ relname, rls: true, policies: 0 })));
    await expect(
      asServiceRole((tx) => sql`select count(*) from inngest_local.runs`.execute(tx)),
    ).resolves.toBeDefined();
  });
});
