import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPath, refreshSession, requestCookieJar, signInPath } from "@/lib/auth";
import { log } from "@/lib/log";

// Runs before every page and action (Next 16 proxies run on Node.js): the one place a session is
// renewed for page loads, since server components may read cookies but not write them.
export async function proxy(request: NextRequest) {
  const jar = requestCookieJar(request);
  let session = null;
  try {
    session = await refreshSession(jar);
  } catch (err) {
    // A database hiccup must not turn every page into an error: treat the visitor as signed out
    // for this request without touching their cookies.
    log.error("auth.proxy_refresh_failed", { err });
  }
  const { pathname, search } = request.nextUrl;
  if (!session && isProtectedPath(pathname)) {
    const url = new URL(signInPath(`${pathname}${search}`), request.url);
    return jar.applyTo(NextResponse.redirect(url, 303));
  }
  return jar.applyTo(NextResponse.next({ request }));
}

export const config = {
  // Pages and actions only: API routes authenticate with keys, static assets need nothing.
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico)$).*)",
  ],
};
