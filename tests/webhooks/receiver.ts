import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook as Svix } from "svix";
import { Webhook } from "standardwebhooks";

// A webhook receiver on loopback that records every request as it arrived (raw body, headers)
// and answers as the test tells it to: a healthy endpoint, or a hostile one.

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Answers request number n (1-based) on `res`; the default is 200 "ok". */
export type Behaviour = (res: ServerResponse, n: number, req: Received) => void;

export interface Receiver {
  /** Base URL; give each test its own path so their requests can be told apart. */
  url: string;
  received: Received[];
  on(path: string, behaviour: Behaviour): void;
  at(path: string): Received[];
  close(): Promise<void>;
}

export const ok: Behaviour = (res) => res.writeHead(200).end("ok");

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const behaviours = new Map<string, Behaviour>();
  const counts = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      const r = { path, headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(r);
      const n = (counts.get(path) ?? 0) + 1;
      counts.set(path, n);
      (behaviours.get(path) ?? ok)(res, n, r);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    on: (path, behaviour) => behaviours.set(path, behaviour),
    at: (path) => received.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Verifies a received delivery with both the Standard Webhooks library and svix's verifier, as
 * an integrator would; throws if either refuses. Returns the parsed payload.
 */
export function verifyBoth(secret: string, r: Received): unknown {
  const payload = new Webhook(secret).verify(r.body, r.headers);
  new Svix(secret).verify(r.body, r.headers);
  return payload;
}
