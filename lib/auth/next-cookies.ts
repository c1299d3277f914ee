import { cookies } from "next/headers";
import type { CookieJar } from "./cookie-jar";

/**
 * next/headers cookies as a CookieJar. In a server component Next forbids writes; there the jar
 * drops them (the proxy has already renewed the session for this request), while actions and
 * route handlers write for real.
 */
export async function nextCookieJar(): Promise<CookieJar> {
  const store = await cookies();
  const tryWrite = (write: () => void) => {
    try {
      write();
    } catch {
      // Rendering a server component: cookies are read-only here by design.
    }
  };
  return {
    get: (name) => store.get(name)?.value,
    getAll: () => store.getAll().map(({ name, value }) => ({ name, value })),
    set: (name, value, options) => tryWrite(() => store.set(name, value, options)),
    delete: (name) => tryWrite(() => store.delete(name)),
  };
}
