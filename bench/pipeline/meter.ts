// Where the time goes: busy wall time (union of overlapping intervals) and call counts for the
// database and each MCP tool, measured by wrapping the calls in this process.
import { PGlite } from "@electric-sql/pglite";
import { McpConnection } from "@/lib/mcp/connection";

export class Meter {
  private active = 0;
  private since = 0;
  busyMs = 0;
  calls = 0;
  totalMs = 0;

  async time<T>(fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    if (this.active++ === 0) this.since = t0;
    try {
      return await fn();
    } finally {
      const t1 = performance.now();
      this.calls += 1;
      this.totalMs += t1 - t0;
      if (--this.active === 0) this.busyMs += t1 - this.since;
    }
  }
}

export const dbMeter = new Meter();
export const mcpMeters = new Map<string, Meter>();

/** Patches PGlite's query entry points and McpConnection.callTool; call before opening the db. */
export function installMeters(): void {
  const proto = PGlite.prototype as unknown as Record<
    string,
    (...a: unknown[]) => Promise<unknown>
  >;
  for (const name of ["query", "exec"]) {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      return dbMeter.time(() => original.apply(this, args));
    };
  }
  const original = McpConnection.prototype.callTool;
  McpConnection.prototype.callTool = function (this: McpConnection, tool, args, opts) {
    const key = `${this.name}.${tool}`;
    let m = mcpMeters.get(key);
    if (!m) mcpMeters.set(key, (m = new Meter()));
    return m.time(() => original.call(this, tool, args, opts));
  };
}
