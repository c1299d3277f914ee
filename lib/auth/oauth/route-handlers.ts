import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { clientIp, finishProviderSignIn, startProviderSignIn } from "../index";
import { oauthErrorCode } from "./callback-errors";
import { ZOAuthProviderSchema, type OAuthProvider } from "./schemas";

// The thin handlers behind app/auth/oauth/[provider] and the callbacks. Redirects are relative
// or to the provider, never to a URL taken from the request.

function toSignIn(err: unknown): Response {
  if (!(err instanceof AppError)) log.error("auth.oauth_unexpected", { err });
  return new Response(null, {
    status: 303,
    headers: { Location: `/sign-in?oauth_error=${oauthErrorCode(err)}` },
  });
}

/** GET /auth/oauth/:provider?next=/path – off to the provider. */
export async function handleOAuthStart(request: NextRequest, provider: string): Promise<Response> {
  const parsed = ZOAuthProviderSchema.safeParse(provider);
  if (!parsed.success) return toSignIn(new AppError("not_found", "Unknown sign-in provider"));
  try {
    const url = await startProviderSignIn(parsed.data, {
      next: request.nextUrl.searchParams.get("next") ?? undefined,
    });
    return NextResponse.redirect(url, 303);
  } catch (err) {
    return toSignIn(err);
  }
}

/**
 * GET /auth/oauth/:provider/callback (local auth) and /auth/callback (Supabase): the URL the
 * provider redirected to, rebuilt on APP_URL (the origin registered with the provider, which
 * the token request must repeat exactly even behind a proxy).
 */
export async function handleOAuthCallback(
  request: NextRequest,
  provider: OAuthProvider | null,
): Promise<Response> {
  const callbackUrl = new URL(
    `${request.nextUrl.pathname}${request.nextUrl.search}`,
    env().APP_URL,
  );
  try {
    const { next } = await finishProviderSignIn(provider, callbackUrl, {
      ip: clientIp(request.headers),
    });
    return new Response(null, { status: 303, headers: { Location: next } });
  } catch (err) {
    return toSignIn(err);
  }
}

export function providerParam(value: string): OAuthProvider | null {
  const parsed = ZOAuthProviderSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
