import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import type { JwtClaims } from "@/lib/db";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const LOCAL_ISSUER = "leadscout-local-auth";

export interface AccessTokenSubject {
  userId: string;
  email: string;
  sessionId: string;
  fullName?: string | null;
}

/** What a verified access token must contain; Supabase's claim shape. */
export const ZAccessClaimsSchema = z
  .object({
    sub: z.uuid(),
    email: z.string(),
    role: z.literal("authenticated"),
    aud: z.literal("authenticated"),
    exp: z.number().int(),
    iat: z.number().int(),
    session_id: z.uuid(),
    app_metadata: z.record(z.string(), z.unknown()),
    user_metadata: z.record(z.string(), z.unknown()),
  })
  .loose();

export async function signAccessToken(
  subject: AccessTokenSubject,
  secret: Uint8Array,
  now = new Date(),
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    email: subject.email,
    role: "authenticated",
    session_id: subject.sessionId,
    app_metadata: { provider: "email", providers: ["email"] },
    user_metadata: subject.fullName ? { full_name: subject.fullName } : {},
    is_anonymous: false,
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(subject.userId)
    .setAudience("authenticated")
    .setIssuer(LOCAL_ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(secret);
}

/**
 * The claims of a valid token, or null for anything else — expired, tampered, signed with another
 * key, wrong audience or shape. Callers treat null as "signed out", never as an error page.
 */
export async function verifyAccessToken(
  token: string,
  secret: Uint8Array,
  now = new Date(),
): Promise<JwtClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ["HS256"],
      audience: "authenticated",
      issuer: LOCAL_ISSUER,
      currentDate: now,
    });
    const parsed = ZAccessClaimsSchema.safeParse(payload);
    return parsed.success ? (parsed.data as JwtClaims) : null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
