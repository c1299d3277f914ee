import { LOCAL_ORIGIN } from "./mode";
import { InvalidEventError, ingestEvents } from "./intake";

/**
 * The Inngest client's fetch in local mode. Requests to LOCAL_ORIGIN are the client talking to
 * "Inngest": sending events (`POST /e/<key>`, from inngest.send and step.sendEvent) goes to the
 * embedded executor's intake; any other Inngest API is answered 501 with what is missing, so a
 * feature the executor lacks fails loudly. Every other URL is a normal fetch.
 */
export async function localFetch(
  input: string | URL | Request,
  init?: RequestInit,
): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  if (url.origin !== LOCAL_ORIGIN) return fetch(input, init);
  const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
  if (method === "POST" && /^\/e\/[^/]+$/.test(url.pathname)) {
    try {
      const text = input instanceof Request ? await input.text() : String(init?.body ?? "[]");
      const ids = await ingestEvents(JSON.parse(text));
      return Response.json({ ids, status: 200 });
    } catch (err) {
      const status = err instanceof InvalidEventError || err instanceof SyntaxError ? 400 : 500;
      return Response.json({ error: (err as Error).message, status }, { status });
    }
  }
  const error = `inngest/local does not implement the Inngest API ${method} ${url.pathname}; configure Inngest Cloud or a self-hosted server to use it`;
  return Response.json({ error, status: 501 }, { status: 501 });
}
