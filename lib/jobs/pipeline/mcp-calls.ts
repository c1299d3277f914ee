import { log } from "@leadscout/log";
import { McpToolError } from "@/lib/mcp";

export interface UrlRef {
  jobId: string;
  orgId: string;
  jobUrlId: string;
  url: string;
}

/** One retry: lib/mcp restarts a crashed server on the next call, so a crash costs one attempt. */
export async function twice<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof McpToolError) throw err;
    return fn();
  }
}

/** An extra that could not be had: the lead is kept without it, and it costs nothing. */
export function optional<T>(what: string, ref: UrlRef, p: Promise<T>): Promise<T | undefined> {
  return p.catch((err: unknown) => {
    log.warn(`lead kept without ${what}`, {
      jobUrlId: ref.jobUrlId,
      err: err instanceof Error ? err.message : String(err),
    });
    return undefined;
  });
}
