import { headers } from "next/headers";
import { clientIp } from "./client-ip";
import type { SessionDevice } from "./refresh-tokens";

/**
 * The current request's browser and address, for the list of sessions. Outside a request (tests,
 * the CLI) there is none: an empty device.
 */
export async function requestDevice(): Promise<SessionDevice> {
  try {
    const h = await headers();
    return { userAgent: h.get("user-agent"), ip: clientIp(h) };
  } catch {
    return {};
  }
}
