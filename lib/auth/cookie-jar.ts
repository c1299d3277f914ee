// Auth code reads and writes cookies only through this interface, so the same engine runs against
// next/headers (actions, route handlers), the proxy's request/response pair, or a test's Map.

export interface CookieOptions {
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: "lax" | "strict" | "none" | boolean;
  path?: string;
  maxAge?: number;
  expires?: Date;
  domain?: string;
}

export interface CookieJar {
  get(name: string): string | undefined;
  getAll(): { name: string; value: string }[];
  set(name: string, value: string, options?: CookieOptions): void;
  delete(name: string): void;
}

export const ACCESS_COOKIE = "ls-access-token";
export const REFRESH_COOKIE = "ls-refresh-token";

export function authCookieOptions(maxAgeSeconds: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: maxAgeSeconds,
  };
}

/** A jar backed by a Map: tests, and anything that replays cookies between calls. */
export function memoryCookieJar(initial: Record<string, string> = {}): CookieJar & {
  options: Map<string, CookieOptions | undefined>;
} {
  const values = new Map(Object.entries(initial));
  const options = new Map<string, CookieOptions | undefined>();
  return {
    options,
    get: (name) => values.get(name),
    getAll: () => [...values].map(([name, value]) => ({ name, value })),
    set(name, value, opts) {
      // A cookie set to expire now is a deletion, as a browser would treat it.
      if (opts?.maxAge === 0 || value === "") values.delete(name);
      else values.set(name, value);
      options.set(name, opts);
    },
    delete(name) {
      values.delete(name);
      options.delete(name);
    },
  };
}
