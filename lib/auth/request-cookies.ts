import type { NextRequest, NextResponse } from "next/server";
import type { CookieJar, CookieOptions } from "./cookie-jar";

/**
 * A jar over the proxy's request and (eventual) response. Writes land on the request too, so the
 * page rendered for this very request already sees the renewed tokens, and are replayed onto
 * whichever response the proxy finally returns.
 */
export function requestCookieJar(
  request: NextRequest,
): CookieJar & { applyTo(response: NextResponse): NextResponse } {
  const writes = new Map<string, { value: string; options?: CookieOptions }>();
  return {
    get: (name) => request.cookies.get(name)?.value,
    getAll: () => request.cookies.getAll().map(({ name, value }) => ({ name, value })),
    set(name, value, options) {
      if (value === "" || options?.maxAge === 0) request.cookies.delete(name);
      else request.cookies.set(name, value);
      writes.set(name, { value, options });
    },
    delete(name) {
      request.cookies.delete(name);
      writes.set(name, { value: "", options: { path: "/", maxAge: 0 } });
    },
    applyTo(response) {
      for (const [name, { value, options }] of writes) response.cookies.set(name, value, options);
      return response;
    },
  };
}
