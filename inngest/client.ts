import { Inngest, type Logger } from "inngest";
import { log } from "@leadscout/log";
import { localFetch } from "./local/local-fetch";
import { LOCAL_ORIGIN, inngestMode } from "./local/mode";

type Level = keyof typeof log;

/** The SDK logs pino-style (`{ err }, "message"` or plain strings); ours takes (message, fields). */
function toAppLog(level: Level) {
  return (...args: unknown[]) => {
    const isFields = (v: unknown): v is Record<string, unknown> =>
      typeof v === "object" && v !== null && !(v instanceof Error);
    const message = args.find((a): a is string => typeof a === "string") ?? "inngest";
    const fields: Record<string, unknown> = { component: "inngest" };
    for (const a of args) {
      if (a instanceof Error) fields.err = a;
      else if (isFields(a)) Object.assign(fields, a);
    }
    log[level](message, fields);
  };
}
const logger: Logger = {
  debug: toAppLog("debug"),
  info: toAppLog("info"),
  warn: toAppLog("warn"),
  error: toAppLog("error"),
};

/**
 * The app's one Inngest client. With Inngest Cloud or a self-hosted server configured, the SDK
 * reads INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY / INNGEST_BASE_URL itself. With none, the client
 * runs in dev mode (no request signing) against LOCAL_ORIGIN, and its fetch hands event sends to
 * the embedded executor, so inngest.send and step.sendEvent work the same in both worlds.
 */
function createClient(): Inngest {
  if (inngestMode() !== "local") return new Inngest({ id: "leadscout", logger });
  return new Inngest({
    id: "leadscout",
    logger,
    isDev: true,
    baseUrl: LOCAL_ORIGIN,
    fetch: localFetch as typeof fetch,
  });
}

export const inngest = createClient();

type SendPayload = Parameters<Inngest["send"]>[0];

/**
 * Sends events built with the typed event helpers in inngest/events.ts, e.g.
 * `sendEvent(jobCreated.create({ jobId, orgId }))`. Returns the event ids. Where they go
 * (Inngest, or the embedded executor) is the client's concern, not the caller's.
 */
export async function sendEvent(payload: SendPayload): Promise<string[]> {
  const { ids } = await inngest.send(payload);
  return ids;
}
