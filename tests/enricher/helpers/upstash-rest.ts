import { json, startHttpServer, type TestServer } from "./http-server";

export interface UpstashStub extends TestServer {
  commands: unknown[][];
  store: Map<string, { value: string; expiresAt: number }>;
  failing: boolean;
}

/**
 * A loopback server speaking Upstash's REST protocol for the commands the cache uses (GET, SET with
 * PX): POST / with a JSON command array, Bearer token, results base64-encoded when the client asks
 * with `Upstash-Encoding: base64` (as @upstash/redis does by default).
 */
export async function startUpstashStub(token: string): Promise<UpstashStub> {
  const store = new Map<string, { value: string; expiresAt: number }>();
  const commands: unknown[][] = [];
  const stub = { commands, store, failing: false } as UpstashStub;
  const server = await startHttpServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      if (req.headers.authorization !== `Bearer ${token}`)
        return json(res, 401, { error: "Unauthorized" });
      if (stub.failing) return json(res, 500, { error: "ERR internal" });
      const body = JSON.parse(raw) as string[] | string[][];
      const b64 = req.headers["upstash-encoding"] === "base64";
      const enc = (v: string | null) =>
        v === null || !b64 ? v : Buffer.from(v).toString("base64");
      const run = (cmd: string[]): { result?: string | null; error?: string } => {
        commands.push(cmd);
        const [name, key, value, ...opts] = cmd;
        switch (String(name).toLowerCase()) {
          case "get": {
            const hit = store.get(key!);
            return { result: enc(hit && hit.expiresAt > Date.now() ? hit.value : null) };
          }
          case "set": {
            const px = opts.findIndex((o) => String(o).toLowerCase() === "px");
            store.set(key!, {
              value: value!,
              expiresAt: Date.now() + (px >= 0 ? Number(opts[px + 1]) : Infinity),
            });
            return { result: enc("OK") };
          }
          default:
            return { error: `ERR unknown command ${name}` };
        }
      };
      // POST / takes one command; POST /pipeline (the client's auto-pipelining) takes a list.
      if (Array.isArray(body[0])) return json(res, 200, (body as string[][]).map(run));
      const one = run(body as string[]);
      return json(res, one.error ? 400 : 200, one);
    });
  });
  return Object.assign(stub, server);
}
