import * as oidc from "openid-client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { rateLimit } from "@/lib/ratelimit";
import type { CookieJar } from "../cookie-jar";
import { safeNextPath } from "../safe-next";
import { sealFlow, takeFlow } from "./flow-cookie";
import { exchangeCode, providerConfig, SCOPES } from "./identity";
import { linkProviderAccount, type LinkedUser } from "./link-account";
import { notConfigured, providerSettings } from "./providers";
import { OAUTH_PROVIDER_LABELS, type OAuthProvider } from "./schemas";

/**
 * Local auth's first leg: fresh state, PKCE verifier and nonce, sealed into the flow cookie, and
 * the provider's authorization URL to send the browser to.
 */
export async function startLocalOAuth(
  provider: OAuthProvider,
  jar: CookieJar,
  opts: { redirectUri: string; next?: string; secret: Uint8Array; now: Date },
): Promise<URL> {
  const settings = providerSettings(provider);
  if (!settings) throw notConfigured(provider);
  const config = await providerConfig(settings).catch((err: unknown) => {
    throw unavailable(provider, err);
  });
  const verifier = oidc.randomPKCECodeVerifier();
  const flow = {
    provider,
    state: oidc.randomState(),
    verifier,
    nonce: oidc.randomNonce(),
    next: safeNextPath(opts.next),
  };
  await sealFlow(jar, flow, opts.secret, opts.now);
  const params: Record<string, string> = {
    redirect_uri: opts.redirectUri,
    scope: SCOPES[provider],
    state: flow.state,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  };
  // GitHub has no ID token, so no nonce to bind it to. Google offers its account chooser (where
  // the provider says it supports one).
  if (provider === "google") params.nonce = flow.nonce;
  const prompts = config.serverMetadata().prompt_values_supported;
  if (Array.isArray(prompts) && prompts.includes("select_account"))
    params.prompt = "select_account";
  return oidc.buildAuthorizationUrl(config, params);
}

function unavailable(provider: OAuthProvider, err: unknown): AppError {
  log.warn("auth.oauth_provider_unavailable", { provider, err });
  return new AppError(
    "unavailable",
    `${OAUTH_PROVIDER_LABELS[provider]} did not answer. Try again in a moment.`,
    { cause: err },
  );
}

export const OAUTH_FAILED_MESSAGE = (provider: OAuthProvider | "supabase") =>
  `Sign-in${provider === "supabase" ? "" : ` with ${OAUTH_PROVIDER_LABELS[provider]}`} did not complete. Start again from the sign-in page.`;

/**
 * The callback: the flow cookie must be there (and is spent now), the code is exchanged by
 * openid-client against the stored state, verifier and nonce, and the identity lands in an
 * account (link-account.ts). Anything the provider or an attacker gets wrong — an error answer, a
 * state that does not match, a code already spent, a forged or stale ID token — is one clear
 * refusal; the details go to the log.
 */
export async function finishLocalOAuth(
  provider: OAuthProvider,
  callbackUrl: URL,
  jar: CookieJar,
  opts: { secret: Uint8Array; now: Date; ip?: string | null },
): Promise<LinkedUser & { next?: string }> {
  const settings = providerSettings(provider);
  if (!settings) throw notConfigured(provider);
  const flow = await takeFlow(jar, provider, opts.secret, opts.now);
  if (!flow) {
    log.warn("auth.oauth_no_flow", { provider });
    throw new AppError("unauthenticated", OAUTH_FAILED_MESSAGE(provider));
  }
  let identity;
  try {
    identity = await exchangeCode(settings, callbackUrl, flow);
  } catch (err) {
    if (err instanceof TypeError || (err as { name?: string }).name === "TimeoutError")
      throw unavailable(provider, err);
    log.warn("auth.oauth_refused", {
      provider,
      reason: (err as { code?: string }).code ?? (err as Error).message,
    });
    throw new AppError("unauthenticated", OAUTH_FAILED_MESSAGE(provider), { cause: err });
  }
  // A new account receives the free plan's starting credits, so accounts made through a provider
  // count against the same per-network sign-up limit as email sign-ups.
  const user = await linkProviderAccount(identity, opts.now, () => signUpAllowed(opts.ip));
  return { ...user, next: flow.next };
}

async function signUpAllowed(ip: string | null | undefined): Promise<void> {
  const verdict = await rateLimit("sign_up", ip ?? "unknown");
  if (!verdict.success)
    throw new AppError(
      "rate_limited",
      "Too many accounts were created from your network. Try again later.",
    );
}
