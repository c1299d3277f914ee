import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from "node:net";

// A loopback server speaking Upstash's REST protocol (POST / with one command as a JSON array,
// POST /pipeline and /multi-exec with a list of them, Bearer token, results base64-encoded when
// the client sends `Upstash-Encoding: base64`) in front of a real redis-server, so the official
// @upstash/redis and @upstash/ratelimit SDKs run their real Lua scripts against real Redis.

type Reply = string | number | null | Reply[] | RedisError;
class RedisError extends Error {}

/** A minimal RESP2 client: one connection, replies matched to commands in order. */
class RespClient {
  private buffer = Buffer.alloc(0);
  private readonly waiting: ((r: Reply) => void)[] = [];

  constructor(private readonly socket: Socket) {
    socket.on("data", (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const parsed = this.parse(0);
        if (!parsed) break;
        this.buffer = this.buffer.subarray(parsed.end);
        this.waiting.shift()?.(parsed.value);
      }
    });
  }

  static open(port: number): Promise<RespClient> {
    return new Promise((resolve, reject) => {
      const s = connect(port, "127.0.0.1", () => resolve(new RespClient(s)));
      s.once("error", reject);
    });
  }

  send(args: (string | number)[]): Promise<Reply> {
    const parts = [`*${args.length}\r\n`];
    for (const a of args) {
      const s = String(a);
      parts.push(`$${Buffer.byteLength(s)}\r\n${s}\r\n`);
    }
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(parts.join(""));
    });
  }

  private parse(at: number): { value: Reply; end: number } | undefined {
    const nl = this.buffer.indexOf("\r\n", at);
    if (nl < 0) return undefined;
    const line = this.buffer.toString("utf8", at + 1, nl);
    const type = String.fromCharCode(this.buffer[at]!);
    if (type === "+") return { value: line, end: nl + 2 };
    if (type === "-") return { value: new RedisError(line), end: nl + 2 };
    if (type === ":") return { value: Number(line), end: nl + 2 };
    if (type === "$") {
      const len = Number(line);
      if (len < 0) return { value: null, end: nl + 2 };
      if (this.buffer.length < nl + 2 + len + 2) return undefined;
      return { value: this.buffer.toString("utf8", nl + 2, nl + 2 + len), end: nl + 2 + len + 2 };
    }
    if (type === "*") {
      const n = Number(line);
      if (n < 0) return { value: null, end: nl + 2 };
      const items: Reply[] = [];
      let end = nl + 2;
      for (let i = 0; i < n; i++) {
        const item = this.parse(end);
        if (!item) return undefined;
        items.push(item.value);
        end = item.end;
      }
      return { value: items, end };
    }
    throw new Error(`unexpected RESP type ${type}`);
  }

  close(): void {
    this.socket.destroy();
  }
}

// Upstash's Redis accepts a script flag open-source Redis does not know (allow-key-locking). The
// front drops it before Redis sees the script and maps the SDK's SHA of the original script to
// Redis's SHA of the one it loaded, so EVALSHA keeps working as it does on Upstash.
const UPSTASH_ONLY_FLAG = /^#!lua flags=([^\n]*)/;
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

function forRedis(cmd: (string | number)[], shas: Map<string, string>): (string | number)[] {
  const name = String(cmd[0]).toLowerCase();
  if (name === "eval" && typeof cmd[1] === "string") {
    const m = UPSTASH_ONLY_FLAG.exec(cmd[1]);
    if (!m) return cmd;
    const flags = m[1]!.split(",").filter((f) => f.trim() && f.trim() !== "allow-key-locking");
    const script = cmd[1].replace(
      UPSTASH_ONLY_FLAG,
      flags.length ? `#!lua flags=${flags.join(",")}` : "#!lua",
    );
    shas.set(sha1(cmd[1]), sha1(script));
    return [cmd[0]!, script, ...cmd.slice(2)];
  }
  if (name === "evalsha" && typeof cmd[1] === "string" && shas.has(cmd[1]))
    return [cmd[0]!, shas.get(cmd[1])!, ...cmd.slice(2)];
  return cmd;
}

function encode(v: Reply, b64: boolean): unknown {
  if (typeof v === "string") return b64 ? Buffer.from(v).toString("base64") : v;
  if (Array.isArray(v)) return v.map((x) => encode(x, b64));
  return v;
}

function toBody(v: Reply, b64: boolean): { result?: unknown; error?: string } {
  return v instanceof RedisError ? { error: v.message } : { result: encode(v, b64) };
}

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export interface UpstashRestServer {
  url: string;
  token: string;
  /** Commands received, as the SDK sent them (to show the SDK really went through us). */
  commands: string[][];
  close: () => Promise<void>;
}

/** Starts redis-server on a loopback port and the REST front on another. */
export async function startUpstashRestServer(token = "test-token"): Promise<UpstashRestServer> {
  const redisPort = await freePort();
  const redis: ChildProcess = spawn(
    "redis-server",
    ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  let client: RespClient | undefined;
  for (let i = 0; i < 100 && !client; i++) {
    client = await RespClient.open(redisPort).catch(() => undefined);
    if (!client) await new Promise((r) => setTimeout(r, 50));
  }
  if (!client) throw new Error("redis-server did not start");
  const redisClient = client;
  const commands: string[][] = [];
  const shas = new Map<string, string>();

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      void (async () => {
        const reply = (status: number, body: unknown) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        };
        if (req.headers.authorization !== `Bearer ${token}`)
          return reply(401, { error: "Unauthorized" });
        const b64 = req.headers["upstash-encoding"] === "base64";
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          return reply(400, { error: "ERR failed to parse command" });
        }
        const path = (req.url ?? "/").split("?")[0];
        const run = (cmd: (string | number)[]) => {
          commands.push(cmd.map(String));
          return redisClient.send(forRedis(cmd, shas));
        };
        if (path === "/pipeline" || path === "/multi-exec") {
          const list = body as (string | number)[][];
          if (path === "/multi-exec") {
            await run(["MULTI"]);
            for (const c of list) await run(c);
            const exec = await run(["EXEC"]);
            const results = Array.isArray(exec) ? exec : [];
            return reply(
              200,
              results.map((r) => toBody(r, b64)),
            );
          }
          const results = await Promise.all(list.map(run));
          return reply(
            200,
            results.map((r) => toBody(r, b64)),
          );
        }
        const one = await run(body as (string | number)[]);
        return reply(one instanceof RedisError ? 400 : 200, toBody(one, b64));
      })().catch((err: Error) => {
        res.writeHead(500);
        res.end(JSON.stringify({ error: err.message }));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    commands,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      redisClient.close();
      redis.kill("SIGTERM");
      await new Promise((r) => (redis.exitCode !== null ? r(null) : redis.once("exit", r)));
    },
  };
}
