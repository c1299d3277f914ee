// The production build (`next start`) in a process group of its own on a free loopback port,
// pointed at the database the bench seeded.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url}/api/ready did not answer within ${timeoutMs} ms`);
}

export async function startApp(env: Record<string, string>): Promise<AppServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `pnpm build` first");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bin = path.join(process.cwd(), "node_modules", ".bin", "next");
  const child = spawn(bin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true, // its own process group, so stop() ends next and its workers together
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_URL: url,
      LOG_LEVEL: "warn",
      ...env,
    },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitReady(url, child, 120_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}
