import { hkdfSync } from "node:crypto";
import { EncryptJWT, errors, jwtDecrypt } from "jose";
import { z } from "zod";
import { authCookieOptions, type CookieJar } from "../cookie-jar";
import { ZOAuthProviderSchema, type OAuthProvider } from "./schemas";

// What the callback must check against what the provider sends back: the state (this browser
// started this sign-in), the PKCE verifier (only we can spend the code) and the nonce (the ID
// token was minted for this sign-in). Kept in the browser, encrypted and authenticated with a key
// derived from the auth secret, for ten minutes, and cleared the moment a callback reads it — so
// a callback URL replayed later finds nothing to match.
export const OAUTH_FLOW_COOKIE = "ls-oauth-flow";
export const OAUTH_FLOW_TTL_SECONDS = 10 * 60;

const ZFlowSchema = z.object({
  provider: ZOAuthProviderSchema,
  state: z.string().min(20),
  verifier: z.string().min(43),
  nonce: z.string().min(20),
  next: z.string().optional(),
});
export type OAuthFlow = z.infer<typeof ZFlowSchema>;

function flowKey(secret: Uint8Array): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", secret, new Uint8Array(), "leadscout oauth flow", 32));
}

export async function sealFlow(
  jar: CookieJar,
  flow: OAuthFlow,
  secret: Uint8Array,
  now: Date,
): Promise<void> {
  const iat = Math.floor(now.getTime() / 1000);
  const sealed = await new EncryptJWT({ ...flow })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(iat)
    .setExpirationTime(iat + OAUTH_FLOW_TTL_SECONDS)
    .encrypt(flowKey(secret));
  jar.set(OAUTH_FLOW_COOKIE, sealed, authCookieOptions(OAUTH_FLOW_TTL_SECONDS));
}

/** The flow this browser started, if any and still fresh; the cookie is cleared either way. */
export async function takeFlow(
  jar: CookieJar,
  provider: OAuthProvider,
  secret: Uint8Array,
  now: Date,
): Promise<OAuthFlow | null> {
  const sealed = jar.get(OAUTH_FLOW_COOKIE);
  jar.set(OAUTH_FLOW_COOKIE, "", authCookieOptions(0));
  if (!sealed) return null;
  try {
    const { payload } = await jwtDecrypt(sealed, flowKey(secret), { currentDate: now });
    const flow = ZFlowSchema.safeParse(payload);
    return flow.success && flow.data.provider === provider ? flow.data : null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
