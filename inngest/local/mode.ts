import { env } from "@/lib/env";

/**
 * Where Inngest work goes. "cloud": Inngest Cloud (event + signing keys). "self-hosted": an
 * `inngest start` server at INNGEST_BASE_URL. "dev-server": the Inngest dev server (INNGEST_DEV).
 * "local": nothing configured, so the embedded executor in inngest/local runs the functions.
 */
export type InngestMode = "cloud" | "self-hosted" | "dev-server" | "local";

export function inngestMode(): InngestMode {
  const e = env();
  if (e.INNGEST_BASE_URL) return "self-hosted";
  if (e.INNGEST_EVENT_KEY || e.INNGEST_SIGNING_KEY) return "cloud";
  if (e.INNGEST_DEV) return "dev-server";
  return "local";
}

/**
 * The client's base URL in local mode. It never resolves on a network: the client's fetch hands
 * every request for this origin to the embedded executor (see local-fetch.ts).
 */
export const LOCAL_ORIGIN = "http://inngest-local.invalid";
