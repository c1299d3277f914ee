import { env } from "@/lib/env";

/** An absolute link into this installation (APP_URL), for messages. */
export function appLink(path: string, query?: Record<string, string | undefined>): string {
  const url = new URL(path, env().APP_URL);
  for (const [k, v] of Object.entries(query ?? {})) if (v) url.searchParams.set(k, v);
  return url.href;
}
