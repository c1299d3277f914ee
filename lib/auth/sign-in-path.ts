import { safeNextPath } from "./safe-next";

/** /sign-in, remembering where to go afterwards when that is a page on this site. */
export function signInPath(nextPath?: string | null): string {
  if (!nextPath) return "/sign-in";
  const next = safeNextPath(nextPath, "");
  return next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
}
