import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPath, refreshSession, requestCookieJar, signInPath } from "@/lib/auth";
import { log } from "@leadscout/log";
import { baseSecurityHeaders, isFramablePath, newNonce, pageCsp } from "@/lib/security";

// Runs before every page and action (Next 16 proxies run on Node.js): the one place a session is
// renewed for page loads, since server components may read cookies but not write them, and where
// each page gets its CSP nonce.
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
  const nonce = newNonce();
  const framable = isFramablePath(pathname);
  const csp = pageCsp(nonce, framable);
  if (!session && isProtectedPath(pathname)) {
    const url = new URL(signInPath(`${pathname}${search}`), request.url);
    return secure(jar.applyTo(NextResponse.redirect(url, 303)), csp, framable);
  }
  // Next.js reads the nonce from the request's CSP header and puts it on every script it renders
  // (pages are rendered per request for that: see app/layout.tsx).
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  return secure(jar.applyTo(NextResponse.next({ request: { headers } })), csp, framable);
}

function secure(res: NextResponse, csp: string, framable: boolean): NextResponse {
  res.headers.set("Content-Security-Policy", csp);
  const base = baseSecurityHeaders(process.env.NODE_ENV === "production", framable);
  for (const [k, v] of Object.entries(base)) res.headers.set(k, v);
  return res;
}

export const config = {
  // Pages and actions only: API routes authenticate with keys and set their own headers; static
  // assets get the base headers from next.config.ts.
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico)$).*)",
  ],
};
